package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.web.submission.DriftedDesign;
import dev.tenet.web.submission.SubmissionService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * One design's drift in one transaction: the move to RE_REVIEW with its audit event (the
 * submission module's, under the design's version check), the owner's notice and the commit it was
 * checked at commit together, or none of them does.
 */
@Component
class DriftRecorder {

    private final SubmissionService submissions;
    private final PolicyDrifts drifts;
    private final DriftLedger ledger;
    private final Clock clock;

    DriftRecorder(SubmissionService submissions, PolicyDrifts drifts, DriftLedger ledger, Clock clock) {
        this.submissions = submissions;
        this.drifts = drifts;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Re-reviews the design if its decision is worse at the bundle; either way it is checked at the
     * bundle's commit. A design no longer pinned at {@code pinnedAt}, the commit the check read it
     * at (approved again meanwhile, maybe at a newer commit than the bundle's), is refused as a
     * concurrent change: the next check reads it afresh and judges it only if its commit is older.
     */
    @Transactional
    Optional<DriftedDesign> record(long designId, String pinnedAt, PolicyBundle bundle) {
        String pinned = submissions.find(designId).policyCommit();
        if (!pinned.equals(pinnedAt)) {
            throw new OptimisticLockingFailureException("design " + designId + " is pinned at " + pinned
                    + " now, not at " + pinnedAt + " as when its drift check read it");
        }
        Optional<DriftedDesign> drifted = submissions.reReviewIfWorse(designId, bundle);
        drifted.ifPresent(drift -> drifts.save(PolicyDrift.of(drift, clock.instant())));
        ledger.checked(designId, bundle.commit());
        return drifted;
    }
}
