package dev.tenet.web.policy;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A head of the policy branch that does not load (a broken policy was merged): the application
 * refused it and keeps serving the last commit that loads, until a later head loads again.
 *
 * @param commit   the refused commit
 * @param seenAt   when the application first found it
 * @param problems every problem that keeps it from loading, sorted by file and position
 */
public record BrokenHead(CommitSummary commit, Instant seenAt, List<PolicyProblem> problems) {

    public BrokenHead {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(seenAt, "seenAt");
        problems = List.copyOf(problems);
    }
}
