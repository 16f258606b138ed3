package dev.tenet.benchmarks;

import dev.tenet.benchmarks.SyntheticPolicies.Tier;
import dev.tenet.benchmarks.SyntheticPolicy.Rule;
import dev.tenet.model.RiskTier;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The floor: the same tiers, {@code appliesTo} conditions and rules as plain Java predicates over the
 * design's tree, with none of the engine's work of explaining (no values read, no messages). Policies
 * in id order, as the engine's findings are.
 */
final class HandWrittenChecks {

    private final List<Tier> tiers;
    private final List<SyntheticPolicy> policies;
    private final int ruleCount;

    HandWrittenChecks(List<Tier> tiers, List<SyntheticPolicy> policies) {
        this.tiers = List.copyOf(tiers);
        this.policies = policies.stream().sorted(Comparator.comparing(SyntheticPolicy::id)).toList();
        this.ruleCount = policies.stream().mapToInt(policy -> policy.rules().size()).sum();
    }

    /** What the checks decide for one design. */
    Verdict evaluate(Map<String, Object> design) {
        RiskTier tier = RiskTier.LOW;
        for (Tier candidate : tiers) {
            if (candidate.when().holds(design)) {
                tier = candidate.tier();
                break;
            }
        }
        Outcome[] outcomes = new Outcome[ruleCount];
        int next = 0;
        for (SyntheticPolicy policy : policies) {
            boolean applies = policy.appliesTo().holds(design);
            for (Rule rule : policy.rules()) {
                outcomes[next++] = !applies || !rule.appliesTo().holds(design) ? Outcome.NOT_APPLICABLE
                        : rule.require().holds(design) ? Outcome.PASS : Outcome.FAIL;
            }
        }
        return new Verdict(tier, outcomes);
    }

    /** {@code policy-id/rule-id} of each outcome, in order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(ruleCount);
        policies.forEach(policy -> policy.rules().forEach(rule -> keys.add(policy.id() + "/" + rule.id())));
        return keys;
    }

    /** The tier and one outcome per rule. */
    record Verdict(RiskTier tier, Outcome[] outcomes) {
    }
}
