package dev.tenet.web.submission;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An APPROVED design a policy change sent back to review (RE_REVIEW): what it was approved as,
 * what it is at the new commit, and the findings that moved.
 *
 * @param revision   the revision approved, and now under re-review
 * @param round      the review round the drift started
 * @param fromCommit the policy commit its approval was pinned at
 * @param toCommit   the commit it is now pinned at
 * @param findings   the findings that moved, in the new evaluation's order
 */
public record DriftedDesign(long designId, String team, String name, String owner, int revision, int round,
                            String fromCommit, String toCommit, String tierBefore, String tierAfter,
                            String decisionBefore, String decisionAfter, List<MovedFinding> findings) {

    public DriftedDesign {
        findings = List.copyOf(findings);
    }

    static DriftedDesign of(Design reReviewed, EvaluationOutline before, EvaluationOutline after) {
        return new DriftedDesign(reReviewed.id(), reReviewed.team(), reReviewed.name(), reReviewed.owner(),
                reReviewed.revision(), reReviewed.round(), before.policyCommit(), after.policyCommit(), before.tier(),
                after.tier(), before.decision(), after.decision(), before.movedTo(after));
    }

    /** The audit trail's comment: the commits, the decision before and after, and the findings that moved. */
    String comment() {
        return "policies changed from " + fromCommit + " to " + toCommit + ": decision " + decisionBefore + " → "
                + decisionAfter + ", tier " + tierBefore + (tierBefore.equals(tierAfter) ? "" : " → " + tierAfter)
                + "; findings that moved: " + (findings.isEmpty() ? "none"
                : findings.stream().map(MovedFinding::describe).collect(Collectors.joining(", ")))
                + "; re-review round " + round;
    }
}
