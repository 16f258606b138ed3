package dev.tenet.web.drift;

import dev.tenet.web.submission.MovedFinding;
import org.springframework.data.relational.core.mapping.Table;

/** One finding of a drift that moved, as stored. */
@Table("policy_drift_findings")
record DriftFinding(String policy, String rule, String outcomeBefore, String outcomeAfter, String enforcement,
                    String message) {

    // The widths of the columns (V3__drift.sql): a longer text is cut so that the insert never fails.
    static final int MAX_POLICY = 200;
    static final int MAX_RULE = 100;
    static final int MAX_OUTCOME = 32;
    static final int MAX_ENFORCEMENT = 32;
    static final int MAX_MESSAGE = 4000;

    static DriftFinding of(MovedFinding moved) {
        return new DriftFinding(fit(moved.policy(), MAX_POLICY), fit(moved.rule(), MAX_RULE),
                fit(moved.outcomeBefore(), MAX_OUTCOME), fit(moved.outcomeAfter(), MAX_OUTCOME),
                fit(moved.enforcement(), MAX_ENFORCEMENT), fit(moved.message(), MAX_MESSAGE));
    }

    /** The text, cut to {@code width} characters with an ellipsis when longer. */
    static String fit(String text, int width) {
        return text.length() > width ? text.substring(0, width - 1) + "…" : text;
    }

    MovedFinding moved() {
        return new MovedFinding(policy, rule, outcomeBefore, outcomeAfter, enforcement, message);
    }
}
