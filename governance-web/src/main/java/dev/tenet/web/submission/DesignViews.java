package dev.tenet.web.submission;

import dev.tenet.model.Governance;
import dev.tenet.web.policy.PolicyService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/** Turns designs into the API's view, with the SLA of the stage each is in and the current policy commit. */
@Component
class DesignViews {

    private final PolicyService policies;

    DesignViews(PolicyService policies) {
        this.policies = policies;
    }

    DesignView of(Design design) {
        return DesignView.of(design, slaDueAt(design), policies.current().commit());
    }

    /** When the current stage's days run out, by the governance document the design's evaluation is pinned at. */
    private Instant slaDueAt(Design design) {
        if (!design.state().isUnderReview() || design.stage().isEmpty() || design.stageEnteredAt() == null) {
            return null;
        }
        Governance governance = (design.policyCommit().isEmpty() ? policies.current()
                : policies.at(design.policyCommit())).governance();
        return governance.slaDays(design.stage())
                .map(days -> design.stageEnteredAt().plus(Duration.ofDays(days)))
                .orElse(null);
    }
}
