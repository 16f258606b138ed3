package dev.tenet.web.benchmark;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.web.persistence.StoredExampleDesigns;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long re-evaluating every stored design at a new policy commit takes (issue 6: 10,000 designs
 * "in a few seconds"). Not part of the build's tests: run it with
 * {@code ./mvnw -pl governance-web test -Dgroups=benchmark -Dtenet.excluded-groups=none}; it prints
 * its figures and writes them to {@code target/benchmarks/reevaluation.txt}.
 *
 * <p>It stores {@value #DESIGNS} APPROVED designs in the application's own H2 file database
 * ({@link StoredExampleDesigns}, each with a waiver and a recorded answer), commits a policy change to the policy repository, and then times
 * {@link StoredDesignEvaluator#evaluateInStates} at the new commit: the bulk work of drift
 * detection, the policy diff and the impact preview. The bundle is loaded once before timing, as
 * drift does once per head.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = {"tenet.policies.poll-interval=PT0S"})
class ReevaluationBenchmark {

    static final int DESIGNS = 10_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 7;
    private static Path repository;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StoredDesignEvaluator evaluator;
    @Autowired
    PolicyService policies;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        repository = TemporaryPolicyRepository.register(registry, "tenet-reevaluation-benchmark");
    }

    @BeforeAll
    void storeDesigns() {
        StoredExampleDesigns.store(jdbc, DESIGNS);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-01T09:00:00Z"));
        List<Object[]> waivers = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (long id = 1; id <= DESIGNS; id++) {
            waivers.add(new Object[] {id, "transparency.cite-sources", "sources-cited", java.sql.Date.valueOf("2027-06-30"), now});
            answers.add(new Object[] {id, "legal-review", now});
        }
        jdbc.batchUpdate("INSERT INTO waivers (design_id, position, revision, policy, rule, justification, expires, approver,"
                + " granted_at) VALUES (?, 0, 1, ?, ?, 'benchmark', ?, 'pat', ?)", waivers);
        jdbc.batchUpdate("INSERT INTO attestation_answers (design_id, position, revision, attestation, answer, evidence,"
                + " recorded_by, at) VALUES (?, 0, 1, ?, TRUE, 'https://evidence.example/1', 'priya', ?)", answers);
    }

    @Test
    void reevaluatesEveryApprovedDesignAtANewCommit() throws Exception {
        String commit = commitPolicyChange();
        long loadStart = System.nanoTime();
        PolicyBundle bundle = policies.at(commit);
        long loadNanos = System.nanoTime() - loadStart;

        for (int i = 0; i < WARM_UP; i++) {
            assertThat(evaluator.evaluateInStates(bundle, Set.of(DesignState.APPROVED))).hasSize(DESIGNS);
        }
        long[] millis = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            List<StoredDecision> decisions = evaluator.evaluateInStates(bundle, Set.of(DesignState.APPROVED));
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(decisions).hasSize(DESIGNS).allSatisfy(d -> assertThat(d.evaluation().policyCommit()).isEqualTo(commit));
        }
        Arrays.sort(millis);
        Runtime runtime = Runtime.getRuntime();
        String report = String.format("""
                Re-evaluating %,d stored APPROVED designs at a new policy commit (StoredDesignEvaluator.evaluateInStates)
                machine: %d processors, Java %s, max heap %,d MiB; H2 file database
                bundle load at the new commit (once, not timed below): %,d ms
                %d warm-up runs, then %d timed runs: min %,d ms, median %,d ms, max %,d ms
                per design (median): %.1f µs
                """, DESIGNS, runtime.availableProcessors(), System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024), loadNanos / 1_000_000, WARM_UP, RUNS, millis[0], millis[RUNS / 2],
                millis[RUNS - 1], millis[RUNS / 2] * 1000.0 / DESIGNS);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        Files.writeString(out.resolve("reevaluation.txt"), report);
    }

    private static String commitPolicyChange() throws Exception {
        Path policy;
        try (Stream<Path> files = Files.walk(repository.resolve("policies"))) {
            policy = files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().endsWith("_test.yaml")
                    && !f.getFileName().toString().equals("governance.yaml") && !f.toString().contains("examples"))
                    .sorted().findFirst().orElseThrow();
        }
        Files.writeString(policy, Files.readString(policy) + "\n# reviewed for the benchmark\n");
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage("benchmark: a policy change").setAuthor("bench", "bench@tenet.invalid")
                    .setCommitter("bench", "bench@tenet.invalid").setSign(false).call().getName();
        }
    }
}
