package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.model.RiskTier;

/** A governance risk-tier line with its condition compiled. */
public record CompiledTier(RiskTier tier, CompiledExpression when) {
}
