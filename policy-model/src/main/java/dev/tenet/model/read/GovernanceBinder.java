package dev.tenet.model.read;

import dev.tenet.model.Governance;
import dev.tenet.model.ReadResult;
import dev.tenet.model.RiskTier;
import dev.tenet.model.RiskTierRule;
import dev.tenet.model.SourceMap;
import dev.tenet.model.Stage;
import dev.tenet.model.read.PolicyBinder.Keyed;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.ScalarNode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds a schema-valid Governance tree and checks what the schema cannot: stage ids are unique, every
 * tier a stage applies to has a quorum, and the SLA names only stages that exist.
 */
final class GovernanceBinder {

    private GovernanceBinder() {
    }

    static ReadResult<Governance> bind(String file, MapView root, SourceMap source) {
        Problems problems = new Problems(file);
        MapView spec = root.mapOrEmpty("spec");
        List<RiskTierRule> tiers = spec.maps("riskTiers").stream()
                .map(t -> new RiskTierRule(RiskTier.fromId(t.string("tier", "low")), PolicyBinder.expression(t, "when")))
                .toList();
        List<Stage> stages = spec.maps("stages").stream().map(s -> stage(s, problems)).toList();
        PolicyBinder.checkUnique("stage", spec.maps("stages").stream()
                .map(s -> new Keyed(s.string("id", ""), s.position())).toList(), problems);
        Map<String, Integer> sla = sla(spec.mapOrEmpty("slaDays"), stages, problems);
        Governance governance = new Governance(root.mapOrEmpty("metadata").string("name", ""), tiers, stages, sla, source);
        return ReadResult.of(governance, problems.list());
    }

    private static Stage stage(MapView stage, Problems problems) {
        MapView quorumView = stage.mapOrEmpty("quorum");
        Map<RiskTier, Integer> quorum = new EnumMap<>(RiskTier.class);
        for (RiskTier tier : RiskTier.values()) {
            quorumView.integer(tier.id()).ifPresent(count -> quorum.put(tier, count));
        }
        Set<RiskTier> tiers = EnumSet.noneOf(RiskTier.class);
        stage.strings("tiers").forEach(tier -> tiers.add(RiskTier.fromId(tier)));
        if (!stage.has("tiers")) {
            tiers.addAll(quorum.keySet()); // without a tier list, the stage serves the tiers it sets a quorum for
        }
        for (RiskTier tier : tiers) {
            if (!quorum.containsKey(tier)) {
                problems.error(stage.positionOf("quorum"), "stage '" + stage.string("id", "") + "' applies to tier '"
                        + tier.id() + "' but its quorum has no value for it: add " + tier.id() + ": 1 (or more)");
            }
        }
        return new Stage(stage.string("id", ""), stage.string("role", ""), quorum, tiers, stage.string("description", ""));
    }

    private static Map<String, Integer> sla(MapView slaDays, List<Stage> stages, Problems problems) {
        Map<String, Integer> sla = new LinkedHashMap<>();
        List<String> stageIds = stages.stream().map(Stage::id).toList();
        for (MapNode.Entry entry : slaDays.entries()) {
            if (!stageIds.contains(entry.key())) {
                problems.error(entry.keyPosition(), "slaDays names stage '" + entry.key() + "', which is not one of the stages "
                        + stageIds + dev.tenet.model.Suggestions.hint(entry.key(), stageIds));
            } else if (entry.value() instanceof ScalarNode scalar && scalar.value() instanceof Long days) {
                sla.put(entry.key(), Math.toIntExact(Math.min(Integer.MAX_VALUE, days)));
            }
        }
        return sla;
    }
}
