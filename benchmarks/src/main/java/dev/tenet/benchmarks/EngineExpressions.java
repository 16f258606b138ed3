package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.CompiledPolicy;
import dev.tenet.engine.evaluation.CompiledRule;
import dev.tenet.engine.evaluation.CompiledTier;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.model.RiskTier;

import java.util.ArrayList;
import java.util.List;

/**
 * The expressions the engine evaluates for a design every policy applies to, in its order: the
 * risk tiers up to the one that matches, then per policy its {@code appliesTo} (when written), and
 * per rule its {@code appliesTo} (when written) and {@code require}. The naive path runs this list.
 */
final class EngineExpressions {

    private EngineExpressions() {
    }

    static List<CompiledExpression> of(PolicyBundle bundle, RiskTier matched) {
        List<CompiledExpression> expressions = new ArrayList<>();
        for (CompiledTier tier : bundle.tiers()) {
            expressions.add(tier.when());
            if (tier.tier() == matched) {
                break;
            }
        }
        for (CompiledPolicy policy : bundle.policies()) {
            if (!policy.policy().appliesTo().isAlwaysTrue()) {
                expressions.add(policy.appliesTo());
            }
            for (CompiledRule rule : policy.rules()) {
                if (!rule.rule().appliesTo().isAlwaysTrue()) {
                    expressions.add(rule.appliesTo());
                }
                expressions.add(rule.require());
            }
        }
        return expressions;
    }
}
