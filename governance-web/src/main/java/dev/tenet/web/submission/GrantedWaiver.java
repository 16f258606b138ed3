package dev.tenet.web.submission;

import dev.tenet.model.Waiver;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A waiver the policy stage granted to one revision of a design. */
@Table("waivers")
public record GrantedWaiver(int revision, String policy, String rule, String justification, LocalDate expires,
                            String approver, Instant grantedAt) {

    /** The waiver as the engine applies it. */
    public Waiver toWaiver() {
        return new Waiver(policy, rule, justification, expires, approver);
    }
}
