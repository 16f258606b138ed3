package dev.tenet.model.read;

import dev.tenet.model.Capability;
import dev.tenet.model.Consent;
import dev.tenet.model.DecisionImpact;
import dev.tenet.model.DesignMetadata;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.DesignParts.DataHandling;
import dev.tenet.model.DesignParts.Encryption;
import dev.tenet.model.DesignParts.Evaluation;
import dev.tenet.model.DesignParts.Fairness;
import dev.tenet.model.DesignParts.HumanOversight;
import dev.tenet.model.DesignParts.Operations;
import dev.tenet.model.DesignParts.Security;
import dev.tenet.model.DesignParts.Transparency;
import dev.tenet.model.DesignSpec;
import dev.tenet.model.ReadResult;
import dev.tenet.model.SourceMap;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.tree.MapNode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Binds a schema-valid WorkloadDesign tree into a {@link WorkloadDesign}. */
final class DesignBinder {

    private DesignBinder() {
    }

    static ReadResult<WorkloadDesign> bind(MapView root, SourceMap source) {
        MapView metadata = root.mapOrEmpty("metadata");
        MapView spec = root.mapOrEmpty("spec");
        DesignMetadata meta = new DesignMetadata(metadata.string("name", ""), metadata.string("team", ""),
                metadata.string("owner").filter(owner -> !owner.isBlank()));
        DesignSpec typed = new DesignSpec(spec.string("description", ""),
                spec.strings("capabilities").stream().map(Capability::fromId).toList(),
                DecisionImpact.fromId(spec.string("decisionImpact", "low")), spec.strings("affectedStakeholders"),
                data(spec.mapOrEmpty("data")), oversight(spec.mapOrEmpty("humanOversight")),
                transparency(spec.mapOrEmpty("transparency")), fairness(spec.mapOrEmpty("fairness")),
                evaluation(spec.mapOrEmpty("evaluation")), security(spec.mapOrEmpty("security")),
                operations(spec.mapOrEmpty("operations")), answers(spec.mapOrEmpty("attestations")),
                spec.plain("extensions"));
        return ReadResult.success(new WorkloadDesign(meta, typed, spec.plain(), source));
    }

    private static DataHandling data(MapView data) {
        MapView encryption = data.mapOrEmpty("encryption");
        return new DataHandling(data.bool("personal"), data.strings("sensitiveCategories"),
                data.string("consent").map(Consent::fromId), data.integer("retentionDays"),
                new Encryption(encryption.bool("atRest"), encryption.bool("inTransit")), data.bool("anonymization"),
                data.bool("rightToBeForgotten"), data.bool("optOut"));
    }

    private static HumanOversight oversight(MapView m) {
        return new HumanOversight(m.bool("humanInTheLoop"), m.bool("confirmBeforeAction"), m.bool("correctionPath"));
    }

    private static Transparency transparency(MapView m) {
        return new Transparency(m.bool("disclosure"), m.bool("confidenceShown"), m.bool("explanations"),
                m.bool("sourcesCited"), m.bool("decisionLog"));
    }

    private static Fairness fairness(MapView m) {
        return new Fairness(m.bool("subgroupEvaluation"), m.bool("representativeData"));
    }

    private static Evaluation evaluation(MapView m) {
        return new Evaluation(m.bool("realWorldTesting"), m.number("confidenceThreshold"), m.bool("harmsMeasured"));
    }

    private static Security security(MapView m) {
        return new Security(m.bool("authentication"), m.bool("rbac"), m.bool("anonymousEndpoints"),
                m.bool("inputInspection"), m.bool("outputModeration"), m.bool("threatModel"), m.bool("redTeaming"));
    }

    private static Operations operations(MapView m) {
        return new Operations(m.bool("monitoring"), m.string("feedbackChannel"), m.bool("incidentResponse"),
                m.bool("rollbackPlan"));
    }

    private static Map<String, AttestationAnswer> answers(MapView attestations) {
        Map<String, AttestationAnswer> answers = new LinkedHashMap<>();
        for (MapNode.Entry entry : attestations.entries()) {
            if (entry.value() instanceof MapNode answer) {
                MapView view = new MapView(answer);
                answers.put(entry.key(), new AttestationAnswer(view.bool("answer").orElse(false), view.string("evidence")));
            }
        }
        return answers;
    }
}
