package dev.tenet.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A review stage: who may sign it and how many distinct reviewers must approve, per risk tier.
 *
 * @param id          the stage's id ({@code research}, {@code policy}, ...)
 * @param role        the role a reviewer needs to sign it
 * @param quorum      approvals needed per tier
 * @param tiers       the tiers that go through this stage
 * @param description what the stage checks, or the empty string
 */
public record Stage(String id, String role, Map<RiskTier, Integer> quorum, Set<RiskTier> tiers, String description) {

    public Stage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        quorum = Collections.unmodifiableMap(quorum.isEmpty() ? new EnumMap<>(RiskTier.class) : new EnumMap<>(quorum));
        tiers = Collections.unmodifiableSet(tiers.isEmpty() ? EnumSet.noneOf(RiskTier.class) : EnumSet.copyOf(tiers));
        description = description == null ? "" : description;
    }

    /** Whether designs of this tier go through the stage. */
    public boolean appliesTo(RiskTier tier) {
        return tiers.contains(tier);
    }

    /** The approvals a design of this tier needs here; zero when the stage does not apply. */
    public int quorumFor(RiskTier tier) {
        return appliesTo(tier) ? quorum.getOrDefault(tier, 1) : 0;
    }
}
