package dev.tenet.engine.diff;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.WorkloadDesign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The designs whose decision or risk tier changes from one bundle to another: what a policy change
 * does to the workloads it governs. Each design is evaluated with its own attestation answers and
 * no waivers, on the day given.
 *
 * @param checked how many designs were evaluated
 * @param changes the designs whose decision or tier changes, in the order given
 */
public record DecisionChanges(int checked, List<DecisionChange> changes) {

    public DecisionChanges {
        if (checked < 0) {
            throw new IllegalArgumentException("checked cannot be negative: " + checked);
        }
        changes = List.copyOf(changes);
    }

    /** Evaluates every design against both bundles and keeps those whose decision or tier changes. */
    public static DecisionChanges of(PolicyBundle from, PolicyBundle to, List<WorkloadDesign> designs, LocalDate today) {
        Evaluator evaluator = new Evaluator();
        List<DecisionChange> changes = new ArrayList<>();
        for (WorkloadDesign design : designs) {
            EvaluationInput input = EvaluationInput.of(design, today);
            DecisionChange change = DecisionChange.of(design, evaluator.evaluate(from, input), evaluator.evaluate(to, input));
            if (change.isChange()) {
                changes.add(change);
            }
        }
        return new DecisionChanges(designs.size(), changes);
    }

    /** The designs whose decision gets worse. */
    public List<DecisionChange> worse() {
        return changes.stream().filter(DecisionChange::isWorse).toList();
    }
}
