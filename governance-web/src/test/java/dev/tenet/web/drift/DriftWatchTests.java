package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.web.TenetProperties;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DesignChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** When drift checks run, on which thread and at which commit: DriftWatch with the check itself stubbed. */
class DriftWatchTests {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final DriftCheck check = mock(DriftCheck.class);
    private final DriftLedger ledger = mock(DriftLedger.class);
    private final PolicyService policies = mock(PolicyService.class);
    private final List<String> checked = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();
    private DriftWatch watch;

    @AfterEach
    void stop() throws InterruptedException {
        watch.destroy();
    }

    @Test
    void aHeadMoveIsCheckedAtTheNewCommitOnTheDriftThreadNotThePublishers() {
        watch = watch(Duration.ofHours(1));
        recordChecks(null);

        watch.headMoved(new PolicyHeadMoved("a", "b", Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> !checked.isEmpty());
        assertThat(checked).containsExactly("b");
        assertThat(threads).containsExactly("tenet-drift");
    }

    @Test
    void headsThatMoveAgainBeforeTheirCheckStartsAreSkippedForTheNewest() throws InterruptedException {
        watch = watch(Duration.ofHours(1));
        CountDownLatch release = new CountDownLatch(1);
        recordChecks(release);

        watch.headMoved(new PolicyHeadMoved("a", "b", Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> checked.contains("b"));
        watch.headMoved(new PolicyHeadMoved("b", "c", Instant.now()));
        watch.headMoved(new PolicyHeadMoved("c", "d", Instant.now()));
        release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.contains("d"));
        TimeUnit.MILLISECONDS.sleep(200); // the second queued task finds nothing left to check
        assertThat(checked).containsExactly("b", "d");
    }

    @Test
    void theRegularCheckRunsAtTheCurrentHeadWhenSomeApprovedDesignIsNotCheckedThere() {
        watch = watch(Duration.ofMillis(50));
        recordChecks(null);
        PolicyBundle head = mock(PolicyBundle.class);
        given(head.commit()).willReturn("h");
        given(policies.current()).willReturn(head);
        given(ledger.uncheckedCount("h")).willReturn(0L, 0L, 3L, 0L);

        watch.started();

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.contains("h"));
        assertThat(threads).containsOnly("tenet-drift");
    }

    @Test
    void aCheckThatFailsDoesNotStopTheRegularCheck() {
        watch = watch(Duration.ofMillis(50));
        PolicyBundle head = mock(PolicyBundle.class);
        given(head.commit()).willReturn("h");
        given(policies.current()).willThrow(new IllegalStateException("the repository went away")).willReturn(head);
        given(ledger.uncheckedCount("h")).willReturn(1L);
        given(check.check("h", TIMEOUT)).willThrow(new IllegalStateException("the bundle does not load"))
                .willReturn(new DriftCheck.Report("h", 1, 0, 0, true));

        watch.started();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> verify(check, atLeast(2))
                .check("h", TIMEOUT));
    }

    @Test
    void nothingIsCheckedWhileEveryApprovedDesignIsCheckedAtTheCurrentHead() throws InterruptedException {
        watch = watch(Duration.ofMillis(20));
        PolicyBundle head = mock(PolicyBundle.class);
        given(head.commit()).willReturn("h");
        given(policies.current()).willReturn(head);

        watch.started();
        TimeUnit.MILLISECONDS.sleep(300);

        verify(ledger, atLeast(2)).uncheckedCount("h");
        verify(check, never()).check(anyString(), any());
    }

    @Test
    void withPollingOffTheRegularCheckStillRunsAtTheFallbackInterval() {
        watch = watch(Duration.ZERO, Duration.ofMillis(50));
        recordChecks(null);
        head("h");
        given(ledger.uncheckedCount("h")).willReturn(0L, 0L, 2L, 0L);

        watch.started();

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.contains("h"));
        verify(ledger, atLeast(3)).uncheckedCount("h");
        assertThat(DriftWatch.FALLBACK_INTERVAL).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDesignApprovedAtAnOlderCommitIsCheckedAtTheHeadWithoutWaitingForTheRegularCheck() {
        watch = watch(Duration.ZERO, Duration.ofHours(1));
        recordChecks(null);
        head("h");
        given(ledger.uncheckedCount("h")).willReturn(1L);

        watch.designChanged(changed("APPROVED", "g"));

        await().atMost(Duration.ofSeconds(10)).until(() -> checked.contains("h"));
        assertThat(threads).containsOnly("tenet-drift");
    }

    @Test
    void anApprovalAtTheHeadOrAnyOtherChangeAsksForNoCheck() throws InterruptedException {
        watch = watch(Duration.ZERO, Duration.ofHours(1));
        head("h");
        given(ledger.uncheckedCount("h")).willReturn(1L);

        watch.designChanged(changed("APPROVED", "h"));
        watch.designChanged(changed("SIGNED_OFF", "g"));
        watch.designChanged(changed("SUBMITTED", "g"));
        TimeUnit.MILLISECONDS.sleep(200);

        verify(ledger, never()).uncheckedCount(anyString());
        verify(check, never()).check(anyString(), any());
    }

    @Test
    void theApprovalIsHandedToTheDriftThreadOnlyAfterItsTransactionCommits() throws NoSuchMethodException {
        TransactionalEventListener listener = DriftWatch.class.getDeclaredMethod("designChanged", DesignChanged.class)
                .getAnnotation(TransactionalEventListener.class);

        assertThat(listener).isNotNull();
        assertThat(listener.phase()).isEqualTo(TransactionPhase.AFTER_COMMIT);
        watch = watch(Duration.ZERO, Duration.ofHours(1));
    }

    private void head(String commit) {
        PolicyBundle head = mock(PolicyBundle.class);
        given(head.commit()).willReturn(commit);
        given(policies.current()).willReturn(head);
    }

    private static DesignChanged changed(String action, String policyCommit) {
        return new DesignChanged("pat", action, 7, "claims/triage", 1, policyCommit, "", "", Instant.now());
    }

    private DriftWatch watch(Duration interval) {
        return watch(interval, DriftWatch.FALLBACK_INTERVAL);
    }

    private DriftWatch watch(Duration interval, Duration fallback) {
        TenetProperties properties = mock(TenetProperties.class);
        TenetProperties.Policies settings = mock(TenetProperties.Policies.class);
        given(properties.policies()).willReturn(settings);
        given(settings.pollInterval()).willReturn(interval);
        return new DriftWatch(check, ledger, policies, new DriftSettings(TIMEOUT), properties, fallback);
    }

    /** Each check records its commit and thread, and the first waits for {@code release} if given. */
    private void recordChecks(CountDownLatch release) {
        given(check.check(anyString(), any())).willAnswer(call -> {
            String commit = call.getArgument(0);
            checked.add(commit);
            threads.add(Thread.currentThread().getName());
            if (release != null && checked.size() == 1) {
                release.await(10, TimeUnit.SECONDS);
            }
            return new DriftCheck.Report(commit, 0, 0, 0, true);
        });
    }
}
