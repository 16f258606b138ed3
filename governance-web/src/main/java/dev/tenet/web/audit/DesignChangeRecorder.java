package dev.tenet.web.audit;

import dev.tenet.web.submission.DesignChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every design change to the trail. A plain, synchronous listener on purpose (not a
 * transactional or asynchronous one): it runs inside the publisher's transaction, so a change that
 * commits has its event, and one that rolls back leaves none.
 */
@Component
class DesignChangeRecorder {

    private final AuditTrail trail;

    DesignChangeRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(DesignChanged change) {
        trail.append(new AuditEntry(change.actor(), change.at(), change.action(), change.designId(),
                change.revision(), change.policyCommit(), change.evaluationDigest(), change.comment()));
    }
}
