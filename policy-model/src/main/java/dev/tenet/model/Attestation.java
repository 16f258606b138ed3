package dev.tenet.model;

import java.util.Objects;

/**
 * A checklist question a person answers because the engine cannot decide it from a design: "has
 * legal counsel reviewed this workload?". A design answers it by id; the review stage named here
 * checks the answer.
 *
 * @param id       unique across the policy library
 * @param stage    the review stage that checks the answer
 * @param question the question, as the reviewer reads it
 * @param evidence whether an answer needs an evidence link
 * @param position where the attestation starts in its file
 */
public record Attestation(String id, String stage, String question, EvidenceRequirement evidence, Position position) {

    public Attestation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(position, "position");
    }
}
