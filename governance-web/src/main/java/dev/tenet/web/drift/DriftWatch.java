package dev.tenet.web.drift;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.tenet.web.submission.DesignChanged;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs drift checks in the background, one at a time, on a thread of its own: never on the thread
 * that published {@link PolicyHeadMoved}. A check runs
 * <ul>
 *   <li>when the policy head moved, at the new commit ({@code event.to()}); heads that move again
 *   before their check starts are skipped for the newest;</li>
 *   <li>at start-up and then every {@code tenet.policies.poll-interval} or, when polling is off
 *   ({@code PT0S}), every {@link #FALLBACK_INTERVAL}, at the current head, for APPROVED designs not
 *   checked there yet: those a check left (time limit, a concurrent change, a failure, an
 *   interrupted run) and those approved at an older commit after the head moved;</li>
 *   <li>as soon as a design is APPROVED at a commit other than the current head (after the
 *   approval's transaction commits: {@link DesignChanged} is published inside it), for the same
 *   designs.</li>
 * </ul>
 * Each check is bounded by {@code tenet.policies.drift-timeout}.
 */
@Component
class DriftWatch implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DriftWatch.class);
    /**
     * How often the designs not checked at the current head are looked for when polling is off
     * ({@code tenet.policies.poll-interval=PT0S}): the head then moves only by webhook or sync, but
     * designs a check left behind still need checking.
     */
    static final Duration FALLBACK_INTERVAL = Duration.ofMinutes(5);

    private final DriftCheck check;
    private final DriftLedger ledger;
    private final PolicyService policies;
    private final Duration timeout;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tenet-drift");
        thread.setDaemon(true);
        return thread;
    });
    /** The newest head a check was asked for and has not started on. */
    private final AtomicReference<String> requested = new AtomicReference<>();
    /** Whether a check at the current head, asked for by an approval, is queued and has not started. */
    private final AtomicBoolean headCheckQueued = new AtomicBoolean();

    @Autowired
    DriftWatch(DriftCheck check, DriftLedger ledger, PolicyService policies, DriftSettings settings,
               TenetProperties properties) {
        this(check, ledger, policies, settings, properties, FALLBACK_INTERVAL);
    }

    /** With the interval of the periodic check when polling is off: {@link #FALLBACK_INTERVAL} but in tests. */
    DriftWatch(DriftCheck check, DriftLedger ledger, PolicyService policies, DriftSettings settings,
               TenetProperties properties, Duration fallback) {
        this.check = check;
        this.ledger = ledger;
        this.policies = policies;
        this.timeout = settings.driftTimeout();
        Duration poll = properties.policies().pollInterval();
        this.interval = poll.isZero() || poll.isNegative() ? fallback : poll;
    }

    @EventListener
    void headMoved(PolicyHeadMoved moved) {
        requested.set(moved.to());
        executor.execute(this::checkRequested);
    }

    /** Checks at start-up, then every poll interval; with polling off ({@code PT0S}), every {@link #FALLBACK_INTERVAL}. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        executor.scheduleWithFixedDelay(this::checkCurrentHead, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A design APPROVED at a commit other than the current head (its review began before the head
     * moved) is checked at the head without waiting for the periodic check. Only after the approval
     * commits: the listener would otherwise run inside the publisher's transaction, and the check,
     * on its own thread, would not see the approval yet. Approvals that come together share one check.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void designChanged(DesignChanged changed) {
        if (!"APPROVED".equals(changed.action())) {
            return;
        }
        try {
            if (!changed.policyCommit().equals(policies.current().commit()) && headCheckQueued.compareAndSet(false, true)) {
                executor.execute(() -> {
                    headCheckQueued.set(false);
                    checkCurrentHead();
                });
            }
        } catch (RuntimeException e) {
            // never fail the approval, already committed: the periodic check takes the design up
            LOG.warn("cannot ask for a drift check after {} was approved; the periodic check takes it up",
                    changed.design(), e);
        }
    }

    private void checkRequested() {
        String commit = requested.getAndSet(null);
        if (commit != null) {
            run(commit);
        }
    }

    private void checkCurrentHead() {
        try {
            String head = policies.current().commit();
            if (ledger.uncheckedCount(head) > 0) {
                run(head);
            }
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: log and keep watching
            LOG.error("the periodic drift check failed; it runs again in {}", interval, e);
        }
    }

    private void run(String commit) {
        try {
            DriftCheck.Report report = check.check(commit, timeout);
            LOG.info("drift check at {}: {} designs checked, {} sent to re-review, {} left for the next check",
                    report.commit(), report.checked(), report.drifted(), report.left());
        } catch (RuntimeException e) {
            LOG.error("the drift check at {} failed; its unchecked designs are taken up by the next check", commit, e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("the drift check did not stop within 10 seconds of shutdown");
        }
    }
}
