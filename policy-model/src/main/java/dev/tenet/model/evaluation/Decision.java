package dev.tenet.model.evaluation;

import java.util.Collection;

/**
 * The verdict over all findings of an evaluation, derived from them, never stored beside them.
 * Constants are declared from worst to best.
 */
public enum Decision {
    /** A hard-mandatory rule failed: the design cannot be approved until it changes. */
    BLOCKED,
    /** A soft-mandatory rule failed without a waiver: approval needs a waiver or a change. */
    NEEDS_WAIVER,
    /** Only advisory rules failed: the design may be approved; the advice is shown. */
    PASS_WITH_ADVICE,
    /** Every applicable rule passed or is waived. */
    PASS;

    /** The decision the findings lead to. */
    public static Decision of(Collection<Finding> findings) {
        Decision decision = PASS;
        for (Finding finding : findings) {
            Decision implied = implied(finding);
            if (implied.ordinal() < decision.ordinal()) {
                decision = implied;
            }
        }
        return decision;
    }

    private static Decision implied(Finding finding) {
        if (!finding.outcome().isFailure()) {
            return PASS;
        }
        return switch (finding.enforcement()) {
            case HARD_MANDATORY -> BLOCKED;
            case SOFT_MANDATORY -> NEEDS_WAIVER;
            case ADVISORY -> PASS_WITH_ADVICE;
        };
    }

    /** Whether a design with this decision may be approved. */
    public boolean permitsApproval() {
        return this == PASS || this == PASS_WITH_ADVICE;
    }

    /** Whether this decision is strictly worse than {@code other}. */
    public boolean isWorseThan(Decision other) {
        return ordinal() < other.ordinal();
    }
}
