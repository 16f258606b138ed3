package dev.tenet.model.evaluation;

/** What became of one rule for one design. */
public enum Outcome {
    /** The rule's expression held. */
    PASS,
    /** The expression did not hold, or read a field the design does not set. */
    FAIL,
    /** The policy's or the rule's {@code appliesTo} did not hold: the rule does not concern this design. */
    NOT_APPLICABLE,
    /** The rule failed, but an unexpired waiver of a waivable rule covers it. */
    WAIVED,
    /**
     * The rule could not be evaluated (a runtime error in its expression). Counted as a failure at
     * its enforcement level, so a broken rule never lets a design through.
     */
    ERROR;

    /** Whether the outcome counts against the decision: a failure or an error. */
    public boolean isFailure() {
        return this == FAIL || this == ERROR;
    }
}
