package dev.tenet.web.drift;

import dev.tenet.web.submission.MovedFinding;
import org.springframework.data.relational.core.mapping.Table;

/** One finding of a drift that moved, as stored. */
@Table("policy_drift_findings")
record DriftFinding(String policy, String rule, String outcomeBefore, String outcomeAfter, String enforcement,
                    String message) {

    /** The width of the message column. */
    private static final int MAX_MESSAGE = 4000;

    static DriftFinding of(MovedFinding moved) {
        String message = moved.message().length() > MAX_MESSAGE
                ? moved.message().substring(0, MAX_MESSAGE - 1) + "…" : moved.message();
        return new DriftFinding(moved.policy(), moved.rule(), moved.outcomeBefore(), moved.outcomeAfter(),
                moved.enforcement(), message);
    }

    MovedFinding moved() {
        return new MovedFinding(policy, rule, outcomeBefore, outcomeAfter, enforcement, message);
    }
}
