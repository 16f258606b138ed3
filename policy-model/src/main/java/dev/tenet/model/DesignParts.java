package dev.tenet.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The sections of a workload design's {@code spec}. A value the design does not set is empty: rules
 * that read it fail with "is not set" rather than assuming an answer.
 */
public final class DesignParts {

    private DesignParts() {
    }

    /** Whether the design handles encryption of personal data at rest and in transit. */
    public record Encryption(Optional<Boolean> atRest, Optional<Boolean> inTransit) {
        /** Nothing said. */
        public static final Encryption UNSET = new Encryption(Optional.empty(), Optional.empty());
    }

    /** How the workload handles data about people. */
    public record DataHandling(Optional<Boolean> personal, List<String> sensitiveCategories, Optional<Consent> consent,
                               OptionalInt retentionDays, Encryption encryption, Optional<Boolean> anonymization,
                               Optional<Boolean> rightToBeForgotten, Optional<Boolean> optOut) {
        /** Nothing said. */
        public static final DataHandling UNSET = new DataHandling(Optional.empty(), List.of(), Optional.empty(),
                OptionalInt.empty(), Encryption.UNSET, Optional.empty(), Optional.empty(), Optional.empty());

        public DataHandling {
            sensitiveCategories = List.copyOf(sensitiveCategories);
        }
    }

    /** How people stay in control of what the workload decides. */
    public record HumanOversight(Optional<Boolean> humanInTheLoop, Optional<Boolean> confirmBeforeAction,
                                 Optional<Boolean> correctionPath) {
        /** Nothing said. */
        public static final HumanOversight UNSET = new HumanOversight(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What the workload tells the people it affects. */
    public record Transparency(Optional<Boolean> disclosure, Optional<Boolean> confidenceShown,
                               Optional<Boolean> explanations, Optional<Boolean> sourcesCited,
                               Optional<Boolean> decisionLog) {
        /** Nothing said. */
        public static final Transparency UNSET = new Transparency(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** How the workload guards against unfair treatment of groups. */
    public record Fairness(Optional<Boolean> subgroupEvaluation, Optional<Boolean> representativeData) {
        /** Nothing said. */
        public static final Fairness UNSET = new Fairness(Optional.empty(), Optional.empty());
    }

    /** How the workload was evaluated before release. */
    public record Evaluation(Optional<Boolean> realWorldTesting, OptionalDouble confidenceThreshold,
                             Optional<Boolean> harmsMeasured) {
        /** Nothing said. */
        public static final Evaluation UNSET = new Evaluation(Optional.empty(), OptionalDouble.empty(), Optional.empty());
    }

    /** The workload's security controls. */
    public record Security(Optional<Boolean> authentication, Optional<Boolean> rbac, Optional<Boolean> anonymousEndpoints,
                           Optional<Boolean> inputInspection, Optional<Boolean> outputModeration,
                           Optional<Boolean> threatModel, Optional<Boolean> redTeaming) {
        /** Nothing said. */
        public static final Security UNSET = new Security(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** How the workload is run once live. */
    public record Operations(Optional<Boolean> monitoring, Optional<String> feedbackChannel,
                             Optional<Boolean> incidentResponse, Optional<Boolean> rollbackPlan) {
        /** Nothing said. */
        public static final Operations UNSET = new Operations(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A design's answer to an attestation: yes or no, and a link to the evidence when there is one. */
    public record AttestationAnswer(boolean answer, Optional<String> evidence) {
        public AttestationAnswer {
            evidence = evidence.filter(link -> !link.isBlank());
        }
    }
}
