package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** One design's drift, with the submission module stubbed. */
class DriftRecorderTests {

    private static final String OLD = "1111111111111111111111111111111111111111";
    private static final String NEWER = "3333333333333333333333333333333333333333";

    private final SubmissionService submissions = mock(SubmissionService.class);
    private final DriftLedger ledger = mock(DriftLedger.class);
    private final PolicyBundle bundle = mock(PolicyBundle.class);
    private final DriftRecorder recorder = new DriftRecorder(submissions, mock(PolicyDrifts.class), ledger,
            Clock.systemUTC());

    @Test
    void aDesignApprovedAgainAtAnotherCommitSinceTheCheckReadItIsRefusedAsAConcurrentChange() {
        pinnedAt(NEWER);

        assertThatThrownBy(() -> recorder.record(7, OLD, bundle)).isInstanceOf(OptimisticLockingFailureException.class);
        verify(submissions, never()).reReviewIfWorse(anyLong(), any());
        verify(ledger, never()).checked(anyLong(), anyString());
    }

    @Test
    void aDesignStillPinnedWhereTheCheckReadItIsJudgedAndChecked() {
        pinnedAt(OLD);
        given(bundle.commit()).willReturn("2222222222222222222222222222222222222222");
        given(submissions.reReviewIfWorse(7, bundle)).willReturn(Optional.empty());

        assertThat(recorder.record(7, OLD, bundle)).isEmpty();
        verify(ledger).checked(7, "2222222222222222222222222222222222222222");
    }

    private void pinnedAt(String commit) {
        Design design = mock(Design.class);
        given(design.policyCommit()).willReturn(commit);
        given(submissions.find(7)).willReturn(design);
    }
}
