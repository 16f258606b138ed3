package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.model.Policy;

import java.util.List;

/**
 * A policy with every expression compiled once, when its bundle loads.
 *
 * @param policy    the policy as written
 * @param appliesTo which designs it concerns
 * @param rules     its rules, in file order
 */
public record CompiledPolicy(Policy policy, CompiledExpression appliesTo, List<CompiledRule> rules) {

    public CompiledPolicy {
        rules = List.copyOf(rules);
    }

    /** The policy's id. */
    public String id() {
        return policy.id();
    }
}
