package dev.tenet.web.submission;

import java.util.Objects;

/**
 * A rule whose finding for a design moved between two evaluations: a different outcome, a failure
 * under a different enforcement, or a failing rule only one of them has.
 *
 * @param outcomeBefore the outcome ({@code PASS}, {@code FAIL}, ...) before; empty when the rule is new
 * @param outcomeAfter  the outcome after; empty when the rule went away
 * @param enforcement   the rule's enforcement after ({@code hard-mandatory}, ...), or before if it went away
 * @param message       the rule's message: what a failure means
 */
public record MovedFinding(String policy, String rule, String outcomeBefore, String outcomeAfter, String enforcement,
                           String message) {

    public MovedFinding {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
        outcomeBefore = Objects.requireNonNullElse(outcomeBefore, "");
        outcomeAfter = Objects.requireNonNullElse(outcomeAfter, "");
        enforcement = Objects.requireNonNullElse(enforcement, "");
        message = Objects.requireNonNullElse(message, "");
    }

    /** {@code policy/rule}. */
    public String key() {
        return policy + "/" + rule;
    }

    /** Whether the rule fails (or could not be evaluated) after the move. */
    public boolean failing() {
        return "FAIL".equals(outcomeAfter) || "ERROR".equals(outcomeAfter);
    }

    /** {@code policy/rule PASS → FAIL (soft-mandatory)}, as the audit trail tells it. */
    String describe() {
        return key() + " " + (outcomeBefore.isEmpty() ? "(new rule)" : outcomeBefore) + " → "
                + (outcomeAfter.isEmpty() ? "(rule removed)" : outcomeAfter) + " (" + enforcement + ")";
    }
}
