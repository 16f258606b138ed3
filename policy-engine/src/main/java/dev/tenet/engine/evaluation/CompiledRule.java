package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.model.Rule;

/**
 * A rule with its expressions compiled.
 *
 * @param rule      the rule as written
 * @param appliesTo its own applicability condition
 * @param require   the expression that must hold
 * @param location  where the rule is written, {@code file:line:column}
 */
public record CompiledRule(Rule rule, CompiledExpression appliesTo, CompiledExpression require, String location) {
}
