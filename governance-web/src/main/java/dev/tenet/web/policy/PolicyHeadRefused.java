package dev.tenet.web.policy;

import java.time.Instant;
import java.util.List;

/**
 * Published when a new head of the policy branch does not load and is refused: the application
 * keeps serving {@code serving}. Published once per refused commit, outside any transaction.
 *
 * @param commit   the refused commit
 * @param serving  the commit still served
 * @param problems what keeps it from loading, as {@code file:line:column: message}
 * @param at       when it was refused
 */
public record PolicyHeadRefused(String commit, String serving, List<String> problems, Instant at) {

    public PolicyHeadRefused {
        problems = List.copyOf(problems);
    }
}
