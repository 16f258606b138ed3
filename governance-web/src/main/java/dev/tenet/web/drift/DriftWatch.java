package dev.tenet.web.drift;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs drift checks in the background, one at a time, on a thread of its own: never on the thread
 * that published {@link PolicyHeadMoved}. A check runs
 * <ul>
 *   <li>when the policy head moved, at the new commit ({@code event.to()}); heads that move again
 *   before their check starts are skipped for the newest;</li>
 *   <li>at start-up and then every {@code tenet.policies.poll-interval} (at start-up only when
 *   polling is off), at the current head, for
 *   APPROVED designs not checked there yet: those a check left (time limit, a concurrent change,
 *   an interrupted run) and those approved at an older commit after the head moved.</li>
 * </ul>
 * Each check is bounded by {@code tenet.policies.drift-timeout}.
 */
@Component
class DriftWatch implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DriftWatch.class);

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

    DriftWatch(DriftCheck check, DriftLedger ledger, PolicyService policies, DriftSettings settings,
               TenetProperties properties) {
        this.check = check;
        this.ledger = ledger;
        this.policies = policies;
        this.timeout = settings.driftTimeout();
        this.interval = properties.policies().pollInterval();
    }

    @EventListener
    void headMoved(PolicyHeadMoved moved) {
        requested.set(moved.to());
        executor.execute(this::checkRequested);
    }

    /** Checks at start-up, then every poll interval; with polling off ({@code PT0S}), at start-up only. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (interval.isZero() || interval.isNegative()) {
            executor.execute(this::checkCurrentHead);
        } else {
            executor.scheduleWithFixedDelay(this::checkCurrentHead, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
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
