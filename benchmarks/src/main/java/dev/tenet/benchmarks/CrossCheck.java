package dev.tenet.benchmarks;

import dev.tenet.engine.expression.ExpressionResult;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure the paths an evaluation benchmark compares do the same work and agree, before anything
 * is timed: the engine's findings against the hand-written outcomes, and the engine's expression
 * results against the naive path's, one by one.
 */
final class CrossCheck {

    private final List<String> mismatches = new ArrayList<>();

    private CrossCheck() {
    }

    static void verify(Evaluation engine, HandWrittenChecks.Verdict handWritten, List<String> ruleKeys,
                       List<ExpressionResult> engineResults, List<ExpressionResult> naiveResults) {
        CrossCheck check = new CrossCheck();
        check.findings(engine, handWritten, ruleKeys);
        check.expressions(engineResults, naiveResults);
        if (!check.mismatches.isEmpty()) {
            throw new IllegalStateException("the paths compared disagree:\n  " + String.join("\n  ", check.mismatches));
        }
    }

    private void findings(Evaluation engine, HandWrittenChecks.Verdict handWritten, List<String> ruleKeys) {
        if (engine.tier() != handWritten.tier()) {
            mismatches.add("tier: engine " + engine.tier() + ", hand-written " + handWritten.tier());
        }
        if (engine.findings().size() != handWritten.outcomes().length) {
            mismatches.add(engine.findings().size() + " findings, " + handWritten.outcomes().length + " hand-written outcomes");
            return;
        }
        for (int i = 0; i < ruleKeys.size(); i++) {
            Finding finding = engine.findings().get(i);
            String key = finding.policy() + "/" + finding.rule();
            if (!key.equals(ruleKeys.get(i)) || finding.outcome() != handWritten.outcomes()[i]) {
                mismatches.add(key + " " + finding.outcome() + " (" + finding.detail() + "), hand-written "
                        + ruleKeys.get(i) + " " + handWritten.outcomes()[i]);
            }
            if (finding.outcome() == Outcome.NOT_APPLICABLE) {
                // the naive path would then evaluate rules the engine skips
                mismatches.add(key + " does not apply, but every synthetic policy must apply to the sample design");
            }
        }
    }

    private void expressions(List<ExpressionResult> engine, List<ExpressionResult> naive) {
        if (engine.size() != naive.size()) {
            mismatches.add(engine.size() + " engine results, " + naive.size() + " naive ones");
            return;
        }
        for (int i = 0; i < engine.size(); i++) {
            if (engine.get(i).getClass() != naive.get(i).getClass()) {
                mismatches.add("expression " + i + ": engine " + engine.get(i) + ", naive " + naive.get(i));
            }
        }
    }
}
