package dev.tenet.web.submission;

/** Where a design stands in the review workflow (DESIGN.md section 5). */
public enum DesignState {
    /** Being written; not yet submitted, or a new revision not yet resubmitted. */
    DRAFT,
    /** Under review at one of the stages. */
    IN_REVIEW,
    /** A reviewer asked for changes: a new revision and a new submission are needed. */
    CHANGES_REQUESTED,
    /** A reviewer rejected it. A new revision may start over. */
    REJECTED,
    /** Every stage approved it. */
    APPROVED,
    /** It was approved, then a policy change made its decision worse: it is reviewed again. */
    RE_REVIEW,
    /** Its owner withdrew it. */
    WITHDRAWN;

    /** Whether reviewers act on the design in this state. */
    public boolean isUnderReview() {
        return this == IN_REVIEW || this == RE_REVIEW;
    }
}
