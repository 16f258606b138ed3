package dev.tenet.web.catalog;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a policy change does to the stored designs a person may see: each design's current
 * revision, with its waivers and recorded answers, evaluated at two policy commits, as
 * {@code tenet diff --designs} does for design files. Each bundle is evaluated once over all the
 * designs, by {@link StoredDesignEvaluator}.
 */
@Service
class DecisionImpacts {

    private final StoredDesignEvaluator evaluator;
    private final DesignVisibility visibility;

    DecisionImpacts(StoredDesignEvaluator evaluator, DesignVisibility visibility) {
        this.evaluator = evaluator;
        this.visibility = visibility;
    }

    /**
     * The designs checked and how each fares.
     *
     * @param checked how many designs were evaluated at both commits
     * @param changed how many get another decision or risk tier
     * @param worse   how many get a worse decision
     * @param better  how many get a better decision
     * @param designs worse ones first, then better ones, then other changes, then the unchanged
     */
    @Schema(name = "DecisionImpact")
    record Impact(int checked, int changed, int worse, int better, List<DesignImpact> designs) {

        Impact {
            designs = List.copyOf(designs);
        }

        /** Only the designs whose decision or tier changes. */
        Impact changesOnly() {
            return new Impact(checked, changed, worse, better, designs.stream().filter(DesignImpact::changed).toList());
        }
    }

    /**
     * One design at the two commits.
     *
     * @param state    where it stands in the workflow now
     * @param revision the revision evaluated: its current one
     * @param changed  whether the decision or the risk tier differs
     * @param findings the findings that moved: another outcome, or a failure under another enforcement
     */
    @Schema(name = "DesignImpact")
    record DesignImpact(long id, String team, String name, String state, int revision, String decisionBefore,
                        String decisionAfter, String tierBefore, String tierAfter, boolean changed, boolean worse,
                        boolean better, List<MovedFinding> findings) {

        DesignImpact {
            findings = List.copyOf(findings);
        }

        static DesignImpact of(StoredDecision before, Evaluation after) {
            Evaluation older = before.evaluation();
            boolean changed = older.decision() != after.decision() || older.tier() != after.tier();
            return new DesignImpact(before.designId(), before.team(), before.name(), before.state().name(),
                    before.revision(), older.decision().name(), after.decision().name(), older.tier().id(),
                    after.tier().id(), changed, after.decision().isWorseThan(older.decision()),
                    older.decision().isWorseThan(after.decision()), MovedFinding.between(older, after));
        }

        /** {@code team/name}. */
        public String label() {
            return team + "/" + name;
        }

        /** Worse first, then better, then another tier, then unchanged. */
        public int rank() {
            return worse ? 0 : better ? 1 : changed ? 2 : 3;
        }
    }

    /**
     * A rule whose finding differs: outcomes and enforcement at each commit, {@code null} on the side
     * that does not have the rule.
     */
    @Schema(name = "MovedFinding")
    record MovedFinding(String policy, String rule, String outcomeBefore, String outcomeAfter,
                        String enforcementBefore, String enforcementAfter, String message) {

        /** The findings that can move a decision, as the engine's {@code FindingChange} compares them. */
        static List<MovedFinding> between(Evaluation before, Evaluation after) {
            Map<String, Finding> older = new LinkedHashMap<>();
            before.findings().forEach(finding -> older.put(finding.key(), finding));
            List<MovedFinding> moved = new ArrayList<>();
            for (Finding newer : after.findings()) {
                Finding previous = older.remove(newer.key());
                boolean differs = previous == null ? newer.outcome().isFailure()
                        : previous.outcome() != newer.outcome()
                        || (newer.outcome().isFailure() && previous.enforcement() != newer.enforcement());
                if (differs) {
                    moved.add(of(previous, newer));
                }
            }
            older.values().stream().filter(gone -> gone.outcome().isFailure()).forEach(gone -> moved.add(of(gone, null)));
            return moved;
        }

        private static MovedFinding of(Finding before, Finding after) {
            Finding either = after != null ? after : before;
            return new MovedFinding(either.policy(), either.rule(),
                    before == null ? null : before.outcome().name(), after == null ? null : after.outcome().name(),
                    before == null ? null : before.enforcement().id(), after == null ? null : after.enforcement().id(),
                    either.message());
        }
    }

    /**
     * Every design the actor may see, in one of the states (all states when none are given),
     * evaluated at both bundles.
     */
    Impact between(Actor actor, PolicyBundle before, PolicyBundle after, Set<DesignState> states) {
        Set<DesignState> included = states.isEmpty() ? EnumSet.allOf(DesignState.class) : states;
        List<StoredDecision> older = visibility.filter(actor, evaluator.evaluateInStates(before, included));
        Map<Long, Evaluation> newer = before.commit().equals(after.commit())
                ? older.stream().collect(Collectors.toMap(StoredDecision::designId, StoredDecision::evaluation))
                : evaluator.evaluateDesigns(after, older.stream().map(StoredDecision::designId).toList()).stream()
                .collect(Collectors.toMap(StoredDecision::designId, StoredDecision::evaluation));
        List<DesignImpact> designs = older.stream().filter(d -> newer.containsKey(d.designId()))
                .map(d -> DesignImpact.of(d, newer.get(d.designId())))
                .sorted(Comparator.comparingInt(DesignImpact::rank)).toList();
        return new Impact(designs.size(), count(designs, DesignImpact::changed), count(designs, DesignImpact::worse),
                count(designs, DesignImpact::better), designs);
    }

    private static int count(List<DesignImpact> designs, Function<DesignImpact, Boolean> test) {
        return (int) designs.stream().filter(test::apply).count();
    }
}
