package dev.tenet.model;

import java.util.Objects;

/**
 * One line of a governance document's risk tiers: a design for which {@code when} holds gets
 * {@code tier}, the first match winning.
 */
public record RiskTierRule(RiskTier tier, Expression when) {

    public RiskTierRule {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(when, "when");
    }
}
