package dev.tenet.web.submission;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluating stored designs in bulk: the current revision only, with that revision's waivers and
 * answers, filtered by state or id, and a revision that no longer reads skipped rather than fatal.
 */
@SpringBootTest(properties = "tenet.policies.poll-interval=PT0S")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredDesignEvaluatorTest {

    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-11-01T09:00:00Z"));

    @Autowired
    StoredDesignEvaluator evaluator;
    @Autowired
    PolicyService policies;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-stored-designs");
    }

    @BeforeAll
    void store() throws IOException {
        String media = Files.readString(TemporaryPolicyRepository.library().resolve("examples/media-recommendations.yaml"));
        // 1: approved at revision 2; revision 1 had a waiver that must not count any more
        design(1, "media", "media-recommendations", "APPROVED", 2);
        revision(1, 1, media);
        revision(1, 2, media);
        waiver(1, 0, 1, "privacy.limit-retention", "retention-limit");
        // 2: approved, both soft failures waived on its current revision
        design(2, "media", "waived", "APPROVED", 1);
        revision(2, 1, media.replace("name: media-recommendations", "name: waived"));
        waiver(2, 0, 1, "privacy.limit-retention", "retention-limit");
        waiver(2, 1, 1, "transparency.explain-decisions", "explanations");
        // 3: in review
        design(3, "media", "in-review", "IN_REVIEW", 1);
        revision(3, 1, media.replace("name: media-recommendations", "name: in-review"));
        // 4: approved, but its stored YAML no longer reads
        design(4, "media", "broken", "APPROVED", 1);
        revision(4, 1, "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata: [oops\n");
    }

    @Test
    void evaluatesTheCurrentRevisionWithItsOwnWaivers() {
        PolicyBundle bundle = policies.current();
        List<StoredDecision> approved = evaluator.evaluateInStates(bundle, Set.of(DesignState.APPROVED));

        assertThat(approved).extracting(StoredDecision::label).containsExactly("media/media-recommendations", "media/waived");
        StoredDecision first = approved.get(0);
        assertThat(first.revision()).isEqualTo(2);
        assertThat(first.evaluation().decision()).isEqualTo(Decision.NEEDS_WAIVER);
        assertThat(first.evaluation().policyCommit()).isEqualTo(bundle.commit());
        assertThat(first.evaluation().findings()).filteredOn(f -> f.outcome() == Outcome.WAIVED).isEmpty();
        StoredDecision second = approved.get(1);
        assertThat(second.evaluation().decision()).isEqualTo(Decision.PASS);
        assertThat(second.evaluation().findings()).filteredOn(f -> f.outcome() == Outcome.WAIVED).hasSize(2);
    }

    @Test
    void filtersByStateAndById() {
        PolicyBundle bundle = policies.current();
        assertThat(evaluator.evaluateInStates(bundle, Set.of(DesignState.IN_REVIEW))).extracting(StoredDecision::designId)
                .containsExactly(3L);
        assertThat(evaluator.evaluateInStates(bundle, Set.of())).isEmpty();
        assertThat(evaluator.evaluateDesigns(bundle, List.of(3L, 2L, 99L))).extracting(StoredDecision::designId)
                .containsExactly(3L, 2L);
        assertThat(evaluator.evaluateDesigns(bundle, List.of())).isEmpty();
    }

    @Test
    void skipsARevisionThatNoLongerReads() {
        assertThat(evaluator.evaluateDesigns(policies.current(), List.of(4L))).isEmpty();
    }

    private void design(long id, String team, String name, String state, int revision) {
        jdbc.update("INSERT INTO designs (id, team, name, owner, state, stage, revision, submitted_by, tier, decision,"
                + " policy_commit, evaluation, created_at, updated_at, version) VALUES (?, ?, ?, 'erin', ?, '', ?, 'erin',"
                + " 'MEDIUM', 'PASS', '', '', ?, ?, 1)", id, team, name, state, revision, NOW, NOW);
    }

    private void revision(long design, int number, String yaml) {
        jdbc.update("INSERT INTO design_revisions (design_id, number, yaml, digest, author, at) VALUES (?, ?, ?, 'x', 'erin', ?)",
                design, number, yaml, NOW);
    }

    private void waiver(long design, int position, int revision, String policy, String rule) {
        jdbc.update("INSERT INTO waivers (design_id, position, revision, policy, rule, justification, expires, approver,"
                + " granted_at) VALUES (?, ?, ?, ?, ?, 'accepted for now', ?, 'pat', ?)", design, position, revision, policy,
                rule, Date.valueOf("2099-12-31"), NOW);
    }
}
