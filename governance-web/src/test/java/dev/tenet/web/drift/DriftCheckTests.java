package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.Enforcement;
import dev.tenet.model.Principle;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Severity;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;
import dev.tenet.web.drift.DriftLedger.Candidate;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.DriftedDesign;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** One drift check over the designs its ledger hands it, with the evaluator and the per-design transaction stubbed. */
class DriftCheckTests {

    private static final String COMMIT = "2222222222222222222222222222222222222222";
    private static final String OLD = "1111111111111111111111111111111111111111";
    private static final Duration PLENTY = Duration.ofMinutes(1);

    private final PolicyService policies = mock(PolicyService.class);
    private final StoredDesignEvaluator evaluator = mock(StoredDesignEvaluator.class);
    private final DriftLedger ledger = mock(DriftLedger.class);
    private final DriftRecorder recorder = mock(DriftRecorder.class);
    private final PolicyBundle bundle = mock(PolicyBundle.class);
    // knows no commit: no pinned commit is newer (DriftLineageTests reads real histories)
    private final GitRepository repository = mock(GitRepository.class);
    private final DriftCheck check = new DriftCheck(policies, evaluator, ledger, recorder);

    @BeforeEach
    void theNewCommit() {
        given(policies.at(COMMIT)).willReturn(bundle);
        given(bundle.commit()).willReturn(COMMIT);
        given(policies.current()).willReturn(bundle);
        given(policies.read(any())).willAnswer(call -> call.<Function<GitRepository, ?>>getArgument(0).apply(repository));
    }

    @Test
    void aDesignWhoseReReviewFailsIsLeftForTheNextCheckAndTheOthersAreStillChecked() {
        candidates(new Candidate(1, 4, Decision.PASS, OLD), new Candidate(2, 4, Decision.PASS, OLD));
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of(
                stored(1, Decision.BLOCKED), stored(2, Decision.BLOCKED)));
        given(recorder.record(1, OLD, bundle)).willThrow(new IllegalStateException("value too long for column"));
        given(recorder.record(2, OLD, bundle)).willReturn(Optional.of(drifted(2)));

        DriftCheck.Report report = check.check(COMMIT, PLENTY);

        assertThat(report).isEqualTo(new DriftCheck.Report(COMMIT, 1, 1, 1, false));
        verify(recorder, times(1)).record(1, OLD, bundle);
        verify(recorder).record(2, OLD, bundle);
    }

    @Test
    void aDesignWhoseDecisionGetsWorseIsReReviewedAndTheOthersAreCheckedTogether() {
        Candidate worse = new Candidate(1, 4, Decision.PASS, OLD);
        Candidate same = new Candidate(2, 7, Decision.PASS_WITH_ADVICE, OLD);
        Candidate better = new Candidate(3, 2, Decision.PASS_WITH_ADVICE, OLD);
        candidates(worse, same, better);
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of(
                stored(1, Decision.NEEDS_WAIVER), stored(2, Decision.PASS_WITH_ADVICE), stored(3, Decision.PASS)));
        given(recorder.record(1, OLD, bundle)).willReturn(Optional.of(drifted(1)));

        DriftCheck.Report report = check.check(COMMIT, PLENTY);

        assertThat(report).isEqualTo(new DriftCheck.Report(COMMIT, 3, 1, 0, true));
        verify(recorder).record(1, OLD, bundle);
        verify(ledger).checked(List.of(same, better), COMMIT);
    }

    @Test
    void aDesignSomeoneChangesTwiceDuringItsCheckIsLeftForTheNextCheck() {
        Candidate contested = new Candidate(1, 4, Decision.PASS, OLD);
        candidates(contested);
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of(stored(1, Decision.BLOCKED)));
        given(recorder.record(1, OLD, bundle)).willThrow(new OptimisticLockingFailureException("version 4 is gone"));

        DriftCheck.Report report = check.check(COMMIT, PLENTY);

        verify(recorder, times(2)).record(1, OLD, bundle);
        assertThat(report).isEqualTo(new DriftCheck.Report(COMMIT, 0, 0, 1, false));
        verify(ledger).checked(List.of(), COMMIT);
    }

    @Test
    void aConcurrentChangeIsRetriedOnceAndThenTheDriftIsRecorded() {
        candidates(new Candidate(1, 4, Decision.PASS, OLD));
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of(stored(1, Decision.BLOCKED)));
        given(recorder.record(1, OLD, bundle)).willThrow(new OptimisticLockingFailureException("version 4 is gone"))
                .willReturn(Optional.of(drifted(1)));

        DriftCheck.Report report = check.check(COMMIT, PLENTY);

        assertThat(report).isEqualTo(new DriftCheck.Report(COMMIT, 1, 1, 0, true));
    }

    @Test
    void aRevisionThatNoLongerReadsIsCheckedSoThatItIsNotTriedAgainAndAgain() {
        Candidate unreadable = new Candidate(5, 1, Decision.PASS, OLD);
        candidates(unreadable);
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of());

        DriftCheck.Report report = check.check(COMMIT, PLENTY);

        verify(ledger).checked(List.of(unreadable), COMMIT);
        verify(recorder, never()).record(anyLong(), any(), eq(bundle));
        assertThat(report.complete()).isTrue();
    }

    @Test
    void aCheckThatRunsOutOfTimeStopsAndLeavesTheRestUnchecked() {
        candidates(new Candidate(1, 4, Decision.PASS, OLD), new Candidate(2, 4, Decision.PASS, OLD));
        given(ledger.uncheckedCount(COMMIT)).willReturn(2L);

        DriftCheck.Report report = check.check(COMMIT, Duration.ofNanos(1));

        assertThat(report).isEqualTo(new DriftCheck.Report(COMMIT, 0, 0, 2, false));
        verify(recorder, never()).record(anyLong(), any(), eq(bundle));
        verify(ledger, never()).checked(anyList(), eq(COMMIT));
    }

    @Test
    void readsTheDesignsInBatchesByIdUntilNoneIsLeft() {
        given(ledger.unchecked(COMMIT, 0, DriftCheck.BATCH)).willReturn(List.of(new Candidate(7, 1, Decision.PASS, OLD)));
        given(ledger.unchecked(COMMIT, 7, DriftCheck.BATCH)).willReturn(List.of(new Candidate(9, 1, Decision.PASS, OLD)));
        given(ledger.unchecked(COMMIT, 9, DriftCheck.BATCH)).willReturn(List.of());
        given(evaluator.evaluateDesigns(eq(bundle), anyCollection())).willReturn(List.of());

        assertThat(check.check(COMMIT, PLENTY).checked()).isEqualTo(2);
    }

    private void candidates(Candidate... candidates) {
        given(ledger.unchecked(eq(COMMIT), anyLong(), anyInt())).willReturn(List.of());
        given(ledger.unchecked(COMMIT, 0, DriftCheck.BATCH)).willReturn(Arrays.asList(candidates));
    }

    private static StoredDecision stored(long id, Decision decision) {
        return new StoredDecision(id, "claims", "design-" + id, "erin", DesignState.APPROVED, 1,
                "1111111111111111111111111111111111111111", evaluation(decision));
    }

    private static Evaluation evaluation(Decision decision) {
        Enforcement enforcement = switch (decision) {
            case BLOCKED -> Enforcement.HARD_MANDATORY;
            case NEEDS_WAIVER -> Enforcement.SOFT_MANDATORY;
            case PASS_WITH_ADVICE -> Enforcement.ADVISORY;
            case PASS -> null;
        };
        List<Finding> findings = enforcement == null ? List.of() : List.of(new Finding("accountability.red-team", "1.0.0",
                Principle.ACCOUNTABILITY, "red-teamed", Outcome.FAIL, enforcement, Severity.HIGH, "Not red-teamed.",
                "Red-team it.", "", Map.of(), "", Optional.empty()));
        return new Evaluation(COMMIT, RiskTier.LOW, findings, List.of());
    }

    private static DriftedDesign drifted(long id) {
        return new DriftedDesign(id, "claims", "design-" + id, "erin", 1, 2, "1111111111111111111111111111111111111111",
                COMMIT, "low", "low", "PASS", "BLOCKED", List.of());
    }
}
