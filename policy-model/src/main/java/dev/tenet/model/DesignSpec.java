package dev.tenet.model;

import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.DesignParts.DataHandling;
import dev.tenet.model.DesignParts.Evaluation;
import dev.tenet.model.DesignParts.Fairness;
import dev.tenet.model.DesignParts.HumanOversight;
import dev.tenet.model.DesignParts.Operations;
import dev.tenet.model.DesignParts.Security;
import dev.tenet.model.DesignParts.Transparency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a workload does and how it handles the risks the policies ask about: the {@code spec} of a
 * {@link WorkloadDesign}, section by section.
 *
 * @param extensions an organisation's own fields, free-form, in file order
 */
public record DesignSpec(String description, List<Capability> capabilities, DecisionImpact decisionImpact,
                         List<String> affectedStakeholders, DataHandling data, HumanOversight humanOversight,
                         Transparency transparency, Fairness fairness, Evaluation evaluation, Security security,
                         Operations operations, Map<String, AttestationAnswer> attestations,
                         Map<String, Object> extensions) {

    public DesignSpec {
        Objects.requireNonNull(description, "description");
        capabilities = List.copyOf(capabilities);
        Objects.requireNonNull(decisionImpact, "decisionImpact");
        affectedStakeholders = List.copyOf(affectedStakeholders);
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(humanOversight, "humanOversight");
        Objects.requireNonNull(transparency, "transparency");
        Objects.requireNonNull(fairness, "fairness");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(operations, "operations");
        attestations = Collections.unmodifiableMap(new LinkedHashMap<>(attestations));
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** Whether the workload has this capability. */
    public boolean has(Capability capability) {
        return capabilities.contains(capability);
    }
}
