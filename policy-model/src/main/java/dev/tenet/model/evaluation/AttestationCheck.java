package dev.tenet.model.evaluation;

import dev.tenet.model.EvidenceRequirement;

import java.util.Objects;
import java.util.Optional;

/**
 * One checklist question that applies to a design, and where its answer stands.
 *
 * @param id       the attestation's id
 * @param policy   the policy that asks it
 * @param stage    the review stage that checks the answer
 * @param question the question
 * @param required whether evidence is required
 * @param status   answered, missing, evidence missing or declined
 * @param answer   the yes or no given, if any
 * @param evidence the evidence link given, if any
 */
public record AttestationCheck(String id, String policy, String stage, String question, EvidenceRequirement required,
                               AttestationStatus status, Optional<Boolean> answer, Optional<String> evidence) {

    public AttestationCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(required, "required");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(evidence, "evidence");
    }
}
