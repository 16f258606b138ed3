package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.web.drift.DriftLedger.Candidate;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DriftedDesign;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One drift check: every APPROVED design not yet checked at a policy commit, a batch at a time,
 * evaluated together at that commit; each whose decision is worse than the one it was approved
 * with is sent to RE_REVIEW in a transaction of its own ({@link DriftRecorder}), re-evaluated there
 * from the stored aggregate. A design someone changed at the same moment is tried once more, then
 * left for the next check; a design whose re-review fails otherwise is logged and left unchecked
 * (the next check tries it again) while the check goes on with the others. The check stops between
 * designs when its time runs out; the designs it did not reach stay unchecked, so the next check
 * resumes with them.
 *
 * <p>A check only ever judges designs against a <em>newer</em> library than they were approved at:
 * <ul>
 *   <li>before each batch it stops when the policy head moved on from the commit it checks (to a
 *   commit that descends from it: the check at the new head, which {@link DriftWatch} runs next,
 *   takes over), and says so in its {@link Report#superseded() report}; a head that is not newer
 *   (a check asked for by an event before this instance's head moved) does not stop it;</li>
 *   <li>a design pinned at a commit that descends from the checked one ({@link Lineage}: approved
 *   at a newer head while a stale check ran) is marked checked without being evaluated, so it is
 *   never sent backwards to re-review.</li>
 * </ul>
 */
@Component
class DriftCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DriftCheck.class);
    /** Designs read and evaluated together: the evaluator runs a batch in parallel. */
    static final int BATCH = 500;

    private final PolicyService policies;
    private final StoredDesignEvaluator evaluator;
    private final DriftLedger ledger;
    private final DriftRecorder recorder;

    DriftCheck(PolicyService policies, StoredDesignEvaluator evaluator, DriftLedger ledger, DriftRecorder recorder) {
        this.policies = policies;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.recorder = recorder;
    }

    /**
     * What one check did.
     *
     * @param checked  designs checked (drifted or not)
     * @param drifted  designs sent to RE_REVIEW
     * @param left       designs left for the next check: changed concurrently twice, failed, or not reached in time
     * @param complete   whether it went through every unchecked design
     * @param superseded whether it stopped because the policy head moved on from {@code commit}
     */
    record Report(String commit, int checked, int drifted, int left, boolean complete, boolean superseded) {

        /** A report of a check that was not superseded. */
        Report(String commit, int checked, int drifted, int left, boolean complete) {
            this(commit, checked, drifted, left, complete, false);
        }
    }

    /** Checks the APPROVED designs not yet checked at {@code ref} (a commit id), within {@code limit}. */
    Report check(String ref, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        PolicyBundle bundle = policies.at(ref);
        String commit = bundle.commit();
        Lineage lineage = new Lineage(policies, commit);
        Tally tally = new Tally();
        long after = 0;
        List<Candidate> batch;
        while (!(batch = ledger.unchecked(commit, after, BATCH)).isEmpty()) {
            String head = policies.current().commit();
            if (lineage.isNewer(head)) {
                tally.left = ledger.uncheckedCount(commit);
                LOG.info("drift check at {} stopped: the policy head moved on to {}, whose check takes over", commit,
                        head);
                return tally.report(commit, false, true);
            }
            after = batch.get(batch.size() - 1).id();
            if (!checkBatch(bundle, lineage, batch, deadline, tally)) {
                tally.left = ledger.uncheckedCount(commit);
                LOG.warn("drift check at {} ran out of its time ({}); {} designs are left for the next check", commit,
                        limit, tally.left);
                return tally.report(commit, false, false);
            }
        }
        return tally.report(commit, tally.left == 0, false);
    }

    // false when the time ran out before the batch was through
    private boolean checkBatch(PolicyBundle bundle, Lineage lineage, List<Candidate> batch, long deadline,
                               Tally tally) {
        if (System.nanoTime() > deadline) {
            return false;
        }
        List<Candidate> unchanged = new ArrayList<>();
        List<Candidate> older = new ArrayList<>();
        for (Candidate candidate : batch) {
            // approved at a newer library than this check's: already judged there, never sent backwards
            (lineage.isNewer(candidate.policyCommit()) ? unchanged : older).add(candidate);
        }
        if (unchanged.size() > 0) {
            LOG.info("drift check at {}: {} designs approved at a newer policy commit are not judged by it",
                    bundle.commit(), unchanged.size());
        }
        List<Long> ids = older.stream().map(Candidate::id).toList();
        Map<Long, StoredDecision> evaluated = ids.isEmpty() ? Map.of() : evaluator.evaluateDesigns(bundle, ids).stream()
                .collect(Collectors.toMap(StoredDecision::designId, Function.identity()));
        for (Candidate candidate : older) {
            StoredDecision decision = evaluated.get(candidate.id());
            // a revision that no longer reads was logged by the evaluator: nothing to compare, checked all the same
            if (decision == null || candidate.decision() == null
                    || !decision.evaluation().decision().isWorseThan(candidate.decision())) {
                unchanged.add(candidate);
                continue;
            }
            if (System.nanoTime() > deadline) {
                ledger.checked(unchanged, bundle.commit());
                tally.checked += unchanged.size();
                return false;
            }
            reReview(candidate, bundle, tally);
        }
        ledger.checked(unchanged, bundle.commit());
        tally.checked += unchanged.size();
        return true;
    }

    private void reReview(Candidate candidate, PolicyBundle bundle, Tally tally) {
        long designId = candidate.id();
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                Optional<DriftedDesign> drifted = recorder.record(designId, candidate.policyCommit(), bundle);
                tally.checked++;
                drifted.ifPresent(d -> {
                    tally.drifted++;
                    LOG.info("policy drift: {} decision {} -> {} at {}; back to review", d.team() + "/" + d.name(),
                            d.decisionBefore(), d.decisionAfter(), d.toCommit());
                });
                return;
            } catch (RuntimeException e) {
                if (!concurrent(e)) {
                    // one design that cannot be re-reviewed must not stop the check of all the others
                    LOG.error("the drift check of design {} at {} failed; it stays unchecked and the next check tries"
                            + " it again", designId, bundle.commit(), e);
                    tally.left++;
                    return;
                }
                LOG.info("design {} changed while its drift check ran (attempt {} of 2)", designId, attempt);
            }
        }
        LOG.info("design {} changed during its drift check twice; the next check takes it up", designId);
        tally.left++;
    }

    private static boolean concurrent(RuntimeException e) {
        return e instanceof ConcurrencyFailureException
                || e.getCause() instanceof ConcurrencyFailureException;
    }

    private static final class Tally {
        int checked;
        int drifted;
        long left;

        Report report(String commit, boolean complete, boolean superseded) {
            return new Report(commit, checked, drifted, (int) left, complete, superseded);
        }
    }
}
