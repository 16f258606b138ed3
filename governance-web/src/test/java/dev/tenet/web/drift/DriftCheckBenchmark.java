package dev.tenet.web.drift;

import dev.tenet.web.persistence.PolicyCommits;
import dev.tenet.web.persistence.StoredExampleDesigns;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a whole drift check takes over {@value #DESIGNS} APPROVED designs (issue 6: "re-evaluating
 * 10,000 stored designs against a new commit in a few seconds"): reading them, evaluating each at
 * the new commit, marking them checked, and sending the ones that got worse to RE_REVIEW, each in
 * its own transaction with its audit event. Not part of the build's tests: run it with
 * {@code ./mvnw -pl governance-web test -Dtest=DriftCheckBenchmark -Dgroups=benchmark -Dtenet.excluded-groups=none};
 * it prints its figures and writes them to {@code target/benchmarks/drift-check.txt}.
 *
 * <p>The designs are the nine example designs of the shipped library under distinct names, stored
 * with the decision and tier they get at the first commit. A warm-up check runs at a commit that
 * changes no decision; then one at another such commit (the common case: nothing drifts) and one
 * at a commit with a soft-mandatory policy that fails every design whose name ends in {@code 00}.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest
class DriftCheckBenchmark {

    static final int DESIGNS = 10_000;
    private static Path repository;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoredDesignEvaluator evaluator;
    @Autowired
    PolicyService policies;
    @Autowired
    DriftCheck check;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        repository = TemporaryPolicyRepository.register(registry, "tenet-drift-benchmark");
    }

    @BeforeAll
    void storeApprovedDesigns() {
        StoredExampleDesigns.store(jdbc, DESIGNS);
        // each approved with what it is decided at the first commit
        String first = policies.current().commit();
        List<Object[]> decided = new ArrayList<>();
        for (StoredDecision stored : evaluator.evaluateInStates(policies.current(), Set.of(DesignState.APPROVED))) {
            decided.add(new Object[] {stored.evaluation().tier().name(), stored.evaluation().decision().name(), first,
                    stored.designId()});
        }
        jdbc.batchUpdate("UPDATE designs SET tier = ?, decision = ?, policy_commit = ? WHERE id = ?", decided);
    }

    @Test
    void checksEveryApprovedDesignAtANewCommit() throws IOException {
        Report warmUp = run(PolicyCommits.commit(repository, "NOTES.md", "Warm-up.\n", "A note"));
        Report unchanged = run(PolicyCommits.commit(repository, "NOTES.md", "Nothing drifts.\n", "Another note"));
        Report drifting = run(PolicyCommits.commit(repository, "accountability/red-team-hundredth.yaml",
                PolicyCommits.failingFor("red-team-hundredth", "x", "soft-mandatory", "Not red-teamed.")
                        .replace("appliesTo: \"meta.name == 'x'\"", "appliesTo: \"meta.name.endsWith('00')\""),
                "Red-team every hundredth design"));

        assertThat(unchanged.report().drifted()).isZero();
        assertThat(drifting.report().drifted()).isPositive();
        Runtime runtime = Runtime.getRuntime();
        String text = String.format("""
                A drift check over %,d stored APPROVED designs (DriftCheck.check), H2 file database
                machine: %d processors, Java %s, max heap %,d MiB
                warm-up check (nothing drifts): %s
                check at a commit where nothing drifts: %s
                check at a commit where every hundredth design gets worse: %s
                """, DESIGNS, runtime.availableProcessors(), System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024), warmUp, unchanged, drifting);
        System.out.println(text);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("drift-check.txt"), text);
    }

    private Report run(String commit) {
        policies.at(commit); // the bundle loads once per head, before the check, as after a sync
        long start = System.nanoTime();
        DriftCheck.Report report = check.check(commit, Duration.ofMinutes(10));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(report.complete()).isTrue();
        assertThat(report.checked()).isEqualTo(DESIGNS);
        return new Report(report, millis);
    }

    private record Report(DriftCheck.Report report, long millis) {
        @Override
        public String toString() {
            return String.format("%,d ms, %,d checked, %,d sent to RE_REVIEW", millis, report.checked(), report.drifted());
        }
    }
}
