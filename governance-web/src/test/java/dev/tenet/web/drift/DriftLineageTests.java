package dev.tenet.web.drift;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.web.drift.DriftLedger.Candidate;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.StoredDesignEvaluator;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * A drift check never judges a design against an older library than the one it was approved at,
 * read from a real repository: main is {@code a -> b -> c}, and {@code d} branches off {@code a}.
 */
class DriftLineageTests {

    @TempDir
    Path folder;

    private final PolicyService policies = mock(PolicyService.class);
    private GitRepository repository;
    private String a;
    private String b;
    private String c;
    private String d;

    @BeforeEach
    void history() throws Exception {
        try (Git git = Git.init().setInitialBranch("main").setDirectory(folder.toFile()).call()) {
            a = commit(git, "a");
            b = commit(git, "b");
            c = commit(git, "c");
            git.checkout().setCreateBranch(true).setName("side").setStartPoint(a).call();
            d = commit(git, "d");
        }
        repository = GitRepository.open(folder);
        given(policies.read(any())).willAnswer(call -> call.<Function<GitRepository, ?>>getArgument(0).apply(repository));
    }

    @AfterEach
    void close() {
        repository.close();
    }

    @Test
    void onlyACommitThatDescendsFromTheCheckedOneIsNewer() {
        Lineage atB = new Lineage(policies, b);

        assertThat(atB.isNewer(c)).as("c descends from b").isTrue();
        assertThat(atB.isNewer(a)).as("a is b's parent").isFalse();
        assertThat(atB.isNewer(b)).as("the checked commit itself").isFalse();
        assertThat(atB.isNewer(d)).as("d is on another line of history").isFalse();
        assertThat(atB.isNewer("0123456789012345678901234567890123456789")).as("a commit the repository does not know")
                .isFalse();
        assertThat(new Lineage(policies, a).isNewer(c)).as("two commits on").isTrue();
        assertThat(new Lineage(policies, c).isNewer(b)).isFalse();
    }

    @Test
    void aStaleCheckMarksDesignsApprovedAtANewerCommitCheckedWithoutJudgingThem() {
        StoredDesignEvaluator evaluator = mock(StoredDesignEvaluator.class);
        DriftLedger ledger = mock(DriftLedger.class);
        DriftRecorder recorder = mock(DriftRecorder.class);
        PolicyBundle atB = mock(PolicyBundle.class);
        given(atB.commit()).willReturn(b);
        given(policies.at(b)).willReturn(atB);
        given(policies.current()).willReturn(atB);
        Candidate approvedAtA = new Candidate(1, 3, Decision.PASS, a);
        Candidate approvedAtC = new Candidate(2, 5, Decision.PASS, c);
        given(ledger.unchecked(eq(b), anyLong(), anyInt())).willReturn(List.of());
        given(ledger.unchecked(b, 0, DriftCheck.BATCH)).willReturn(List.of(approvedAtA, approvedAtC));
        given(evaluator.evaluateDesigns(eq(atB), anyCollection())).willReturn(List.of());

        DriftCheck.Report report = new DriftCheck(policies, evaluator, ledger, recorder).check(b, Duration.ofMinutes(1));

        verify(evaluator).evaluateDesigns(atB, List.of(1L));
        verify(ledger).checked(List.of(approvedAtC, approvedAtA), b);
        verify(recorder, never()).record(anyLong(), any(), any());
        assertThat(report).isEqualTo(new DriftCheck.Report(b, 2, 0, 0, true));
    }

    @Test
    void aCheckStopsBeforeItsNextBatchWhenThePolicyHeadMovedOnToANewerCommit() {
        DriftLedger ledger = mock(DriftLedger.class);
        StoredDesignEvaluator evaluator = mock(StoredDesignEvaluator.class);
        DriftRecorder recorder = mock(DriftRecorder.class);
        PolicyBundle atB = bundle(b);
        given(policies.at(b)).willReturn(atB);
        PolicyBundle atC = bundle(c);
        given(policies.current()).willReturn(atC);
        given(ledger.unchecked(eq(b), anyLong(), anyInt())).willReturn(List.of(new Candidate(1, 3, Decision.PASS, a)));
        given(ledger.uncheckedCount(b)).willReturn(1L);

        DriftCheck.Report report = new DriftCheck(policies, evaluator, ledger, recorder).check(b, Duration.ofMinutes(1));

        assertThat(report).isEqualTo(new DriftCheck.Report(b, 0, 0, 1, false, true));
        verify(evaluator, never()).evaluateDesigns(any(), anyCollection());
        verify(recorder, never()).record(anyLong(), any(), any());
    }

    @Test
    void aHeadThatIsNotNewerThanTheCheckedCommitDoesNotStopTheCheck() {
        DriftLedger ledger = mock(DriftLedger.class);
        StoredDesignEvaluator evaluator = mock(StoredDesignEvaluator.class);
        PolicyBundle atC = bundle(c);
        given(policies.at(c)).willReturn(atC);
        PolicyBundle atA = bundle(a);
        given(policies.current()).willReturn(atA); // this instance's head lags behind the event's commit
        Candidate approvedAtA = new Candidate(1, 3, Decision.PASS, a);
        given(ledger.unchecked(eq(c), anyLong(), anyInt())).willReturn(List.of());
        given(ledger.unchecked(c, 0, DriftCheck.BATCH)).willReturn(List.of(approvedAtA));
        given(evaluator.evaluateDesigns(eq(atC), anyCollection())).willReturn(List.of());

        DriftCheck.Report report = new DriftCheck(policies, evaluator, ledger, mock(DriftRecorder.class))
                .check(c, Duration.ofMinutes(1));

        assertThat(report).isEqualTo(new DriftCheck.Report(c, 1, 0, 0, true));
        verify(ledger).checked(List.of(approvedAtA), c);
    }

    private static PolicyBundle bundle(String commit) {
        PolicyBundle bundle = mock(PolicyBundle.class);
        given(bundle.commit()).willReturn(commit);
        return bundle;
    }

    private String commit(Git git, String name) throws Exception {
        Files.writeString(folder.resolve(name + ".txt"), name);
        git.add().addFilepattern(".").call();
        return git.commit().setMessage(name).setAuthor("Tenet tests", "tests@tenet.invalid")
                .setCommitter("Tenet tests", "tests@tenet.invalid").setSign(false).call().name();
    }
}
