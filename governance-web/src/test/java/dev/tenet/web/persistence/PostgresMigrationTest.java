package dev.tenet.web.persistence;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.account.Actor;
import dev.tenet.web.audit.AuditTrail;
import dev.tenet.web.drift.DriftNotices;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.Harm;
import dev.tenet.web.submission.Revisions;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The Flyway migrations on a real PostgreSQL server, and the application's own repositories on
 * the schema they make: the production database of DESIGN.md section 8. Each run migrates a new,
 * empty schema and drops it afterwards. Skipped when no server answers, except on CI.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
class PostgresMigrationTest {

    private static final String SCHEMA = PostgresDatabase.freshSchemaName();

    @TempDir
    static Path folder;

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SubmissionService submissions;
    @Autowired
    Designs designs;
    @Autowired
    Revisions revisions;
    @Autowired
    AuditTrail audit;
    @Autowired
    Accounts accounts;
    @Autowired
    PolicyService policies;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    DriftNotices notices;

    private final Actor maya = new Actor("maya", "streaming", Set.of("ENGINEER"));
    private final Actor riley = new Actor("riley", "", Set.of("RESEARCH"));
    private final Actor pat = new Actor("pat", "", Set.of("POLICY"));

    @BeforeAll
    static void serverAnswers() {
        try (Connection ignored = PostgresDatabase.connect()) {
            // reachable: the context starts against it
        } catch (SQLException e) {
            fail("CI=true and no PostgreSQL answers at " + PostgresDatabase.url() + ": " + e.getMessage()
                    + " (.ci/run installs and starts it)");
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresDatabase.url(SCHEMA));
        registry.add("spring.datasource.username", PostgresDatabase::user);
        registry.add("spring.datasource.password", PostgresDatabase::password);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
        registry.add("tenet.data-dir", () -> folder.resolve("data").toString());
        registry.add("tenet.policies.repository", () -> TemporaryPolicyRepository.create(folder.resolve("policies-repo"))
                .toString());
    }

    @AfterAll
    static void dropSchema() {
        try {
            PostgresDatabase.drop(SCHEMA);
        } catch (SQLException e) {
            // no server, no schema: serverAnswers() has said why
        }
    }

    @Test
    void runsEveryMigrationOnPostgresql() throws IOException {
        var migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql");
        assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
        assertThat(Arrays.stream(flyway.info().applied()).filter(m -> m.getVersion() != null)
                .map(MigrationInfo::getScript).toList())
                .as("every migration applied on PostgreSQL")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(migrations).map(r -> r.getFilename()).toList());
        assertThat(jdbc.queryForObject("SELECT current_schema()", String.class)).isEqualTo(SCHEMA);
    }

    @Test
    void keepsADesignWithItsRevisionSignOffsWaiversHarmsAndAnswers() throws IOException {
        long auditBefore = auditEvents();
        Design design = submissions.save(maya, "media-recommendations.yaml", example("media-recommendations.yaml")).design();
        design = submissions.submit(maya, design.id());
        Instant recorded = Instant.parse("2026-01-02T03:04:05.123456Z");
        design = submissions.recordHarm(riley, design.id(), new Harm("Over-personalised feeds narrow what people see",
                "viewers", "medium", "medium", "A share of every feed is editorial", "riley", recorded));
        List<String> researchAttestations = attestations(design, "research", true);
        assertThat(researchAttestations).as("research-stage attestations of the example").isNotEmpty();
        for (String attestation : researchAttestations) {
            design = submissions.recordAnswer(riley, design.id(), attestation, true, "https://wiki.example/" + attestation);
        }
        design = submissions.review(riley, design.id(), "research", Verdict.APPROVE, "ok");
        design = submissions.grantWaiver(pat, design.id(), "privacy.limit-retention", "retention-limit",
                "pilot only", LocalDate.now().plusDays(30));

        Design loaded = designs.findById(design.id()).orElseThrow();
        assertThat(loaded.state()).isEqualTo(DesignState.IN_REVIEW);
        assertThat(loaded.stage()).isEqualTo("policy");
        assertThat(loaded.version()).isEqualTo(design.version());
        assertThat(loaded.evaluation()).contains("\"decision\"");
        assertThat(loaded.policyCommit()).hasSize(40);
        assertThat(loaded.signOffs()).singleElement().satisfies(signOff -> {
            assertThat(signOff.reviewer()).isEqualTo("riley");
            assertThat(signOff.verdict()).isEqualTo(Verdict.APPROVE);
        });
        assertThat(loaded.harms()).singleElement().satisfies(harm -> {
            assertThat(harm.affectedGroup()).isEqualTo("viewers");
            assertThat(harm.at()).isEqualTo(recorded);
        });
        assertThat(loaded.waivers()).singleElement().satisfies(waiver -> assertThat(waiver.rule()).isEqualTo("retention-limit"));
        assertThat(loaded.answers()).hasSize(researchAttestations.size())
                .allSatisfy(answer -> assertThat(answer.evidence()).startsWith("https://wiki.example/"));
        assertThat(attestations(loaded, "research", false)).isEmpty();
        assertThat(revisions.findByDesignIdAndNumber(design.id(), 1)).hasValueSatisfying(revision ->
                assertThat(revision.yaml()).contains("media-recommendations"));
        assertThat(designs.findByTeamAndName("streaming", "media-recommendations")).isPresent();
        assertThat(auditEvents() - auditBefore).as("one audit event per change")
                .isEqualTo(5 + researchAttestations.size());
        assertThat(audit.verify().valid()).as("the audit chain verifies on PostgreSQL").isTrue();
    }

    @Test
    void refusesTheSecondOfTwoSavesOfTheSameVersion() throws IOException {
        Actor erin = new Actor("erin", "claims", Set.of("ENGINEER"));
        long id = submissions.save(erin, "claims-triage.yaml", example("claims-triage.yaml")).design().id();
        Design first = designs.findById(id).orElseThrow();
        Design second = designs.findById(id).orElseThrow();
        Harm harm = new Harm("h", "g", "low", "low", "m", "riley", Instant.parse("2026-01-01T00:00:00Z"));
        first.recordHarm(riley, harm, Instant.now());
        second.recordHarm(riley, harm, Instant.now());

        designs.save(first);

        assertThatThrownBy(() -> designs.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(designs.findById(id).orElseThrow().harms()).hasSize(1);
    }

    @Test
    void aPolicyDriftIsRecordedWithItsRoundNoticeAndCheckedCommit() throws IOException {
        Actor erin = new Actor("erin", "claims", Set.of("ENGINEER"));
        Actor eli = new Actor("eli", "", Set.of("ENGINEERING"));
        String yaml = example("contract-clause-extractor.yaml").replaceFirst("(?m)^  team: .*$", "  team: claims");
        long id = submissions.save(erin, "contract-clause-extractor.yaml", yaml).design().id();
        submissions.submit(erin, id);
        submissions.review(riley, id, "research", Verdict.APPROVE, "");
        submissions.review(pat, id, "policy", Verdict.APPROVE, "");
        assertThat(submissions.review(eli, id, "engineering", Verdict.APPROVE, "").state()).isEqualTo(DesignState.APPROVED);
        String from = policies.current().commit();
        String to = PolicyCommits.commitFailingFor(folder.resolve("policies-repo"), "pg-drift", "contract-clause-extractor",
                "soft-mandatory", "Not red-teamed.");

        events.publishEvent(new PolicyHeadMoved(from, to, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> designs.findById(id).orElseThrow().state() == DesignState.RE_REVIEW);

        Design drifted = designs.findById(id).orElseThrow();
        assertThat(drifted.round()).isEqualTo(2);
        assertThat(drifted.policyCommit()).isEqualTo(to);
        assertThat(drifted.revisionSignOffs()).extracting(s -> s.round()).containsExactly(1, 1, 1);
        assertThat(jdbc.queryForObject("SELECT drift_checked_commit FROM designs WHERE id = ?", String.class, id))
                .isEqualTo(to);
        assertThat(notices.noticesFor(erin)).singleElement().satisfies(notice -> {
            assertThat(notice.fromCommit()).isEqualTo(from);
            assertThat(notice.findings()).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Not red-teamed."));
            assertThat(notices.dismiss(erin, notice.id())).isTrue();
        });
        assertThat(notices.noticesFor(erin)).isEmpty();
        assertThat(notices.historyOf(drifted)).singleElement().satisfies(d -> assertThat(d.dismissedAt()).isNotNull());
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void keepsAUserWithTeamAndRoles() {
        accounts.createUser("maya", "Maya Stone", "streaming", List.of("ENGINEER"), "a long enough password");

        assertThat(accounts.find("maya")).hasValueSatisfying(account -> {
            assertThat(account.team()).isEqualTo("streaming");
            assertThat(account.roles()).containsExactly("ENGINEER");
            assertThat(account.enabled()).isTrue();
        });
    }

    /** The stage's attestations in the pinned evaluation: all of them, or those not answered yet. */
    private static List<String> attestations(Design design, String stage, boolean all) {
        return tools.jackson.databind.json.JsonMapper.shared().readTree(design.evaluation()).path("attestations")
                .valueStream().filter(check -> check.path("stage").asString().equals(stage)
                        && (all || !check.path("status").asString().equals("ANSWERED")))
                .map(check -> check.path("id").asString()).toList();
    }

    private static String example(String file) throws IOException {
        return Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(file), StandardCharsets.UTF_8);
    }

    private long auditEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM audit_events", Long.class);
    }
}
