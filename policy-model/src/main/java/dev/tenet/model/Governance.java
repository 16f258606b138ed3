package dev.tenet.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The review workflow as code: how a design's risk tier is decided, the stages it passes through
 * in order, their quorum per tier and how many days each may take.
 *
 * @param name      the document's name
 * @param riskTiers tier rules, first match wins
 * @param stages    the review stages in order
 * @param slaDays   days a stage may take, by stage id
 * @param source    the file it was read from
 */
public record Governance(String name, List<RiskTierRule> riskTiers, List<Stage> stages, Map<String, Integer> slaDays,
                         SourceMap source) implements Document {

    public Governance {
        Objects.requireNonNull(name, "name");
        riskTiers = List.copyOf(riskTiers);
        stages = List.copyOf(stages);
        slaDays = Collections.unmodifiableMap(new LinkedHashMap<>(slaDays));
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
        return Kind.GOVERNANCE;
    }

    /** The stages a design of this tier goes through, in order. */
    public List<Stage> stagesFor(RiskTier tier) {
        return stages.stream().filter(stage -> stage.appliesTo(tier)).toList();
    }

    /** The stage with this id. */
    public Optional<Stage> stage(String id) {
        return stages.stream().filter(stage -> stage.id().equals(id)).findFirst();
    }

    /** The days a stage may take, if the document sets a limit. */
    public Optional<Integer> slaDays(String stageId) {
        return Optional.ofNullable(slaDays.get(stageId));
    }
}
