package dev.tenet.web.submission;

import dev.tenet.model.DesignParts.AttestationAnswer;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Optional;

/** An attestation answer a reviewer of the attestation's stage recorded for one revision. */
@Table("attestation_answers")
public record RecordedAnswer(int revision, String attestation, boolean answer, String evidence, String recordedBy,
                             Instant at) {

    /** The answer as the engine reads it. */
    public AttestationAnswer toAnswer() {
        return new AttestationAnswer(answer, Optional.ofNullable(evidence));
    }
}
