package dev.tenet.engine.lint;

import dev.tenet.model.Governance;
import dev.tenet.model.Problem;
import dev.tenet.model.RiskTierRule;

import java.util.List;

/**
 * Warns when the governance document's risk tiers can leave a design without a matching line: the
 * evaluator then gives it the lowest tier, and the lightest review, without anyone having said so.
 */
final class RiskTierChecks {

    private RiskTierChecks() {
    }

    static List<Problem> check(Governance governance) {
        List<RiskTierRule> tiers = governance.riskTiers();
        if (tiers.isEmpty() || tiers.get(tiers.size() - 1).when().isAlwaysTrue()) {
            return List.of();
        }
        int last = tiers.size() - 1;
        return List.of(Problem.warning(governance.source().file(),
                governance.source().nearest("spec.riskTiers[" + last + "].when"),
                "the last risk tier's condition is not \"true\": a design that matches no line gets no tier from"
                        + " this list and falls to low; end riskTiers with {tier: low, when: \"true\"} or make the"
                        + " last line's condition \"true\""));
    }
}
