package dev.tenet.web.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A trail of 100,000 events, verified a batch at a time; written once for all its tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = AuditDatabase.class,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-long;DB_CLOSE_DELAY=-1")
class LongTrailTest {

    private static final int EVENTS = 100_000;

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void aHundredThousandEvents() {
        AuditDatabase.reset(jdbc);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        String previous = AuditDatabase.GENESIS;
        List<Object[]> rows = new ArrayList<>();
        for (long seq = 1; seq <= EVENTS; seq++) {
            AuditEntry entry = new AuditEntry("erin", start.plusMillis(seq), "REVIEWED", seq % 500, 1, "c0ffee",
                    "ab12", "event " + seq);
            String hash = CanonicalEvent.hash(previous, seq, entry);
            rows.add(new Object[]{seq, OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC), entry.actor(),
                    entry.action(), entry.designId(), entry.revision(), entry.policyCommit(), entry.evaluationDigest(),
                    entry.comment(), previous, hash});
            previous = hash;
        }
        jdbc.batchUpdate("INSERT INTO audit_events (seq, at, actor, action, design_id, revision, policy_commit, "
                + "evaluation_digest, comment, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("UPDATE audit_head SET seq = ?, hash = ?", EVENTS, previous);
    }

    @Test
    void verifiesAHundredThousandEvents() {
        long started = System.nanoTime();
        Verification verification = trail.verify();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(verification).isEqualTo(new Verification(true, EVENTS, null));
        System.out.println("verified " + EVENTS + " events in " + took.toMillis() + " ms");
    }

    @Test
    void findsOneEditedEventNearTheEndOfAHundredThousand() {
        jdbc.update("UPDATE audit_events SET comment = 'edited' WHERE seq = ?", EVENTS - 1);
        try {
            assertThat(trail.verify()).isEqualTo(new Verification(false, EVENTS, (long) EVENTS - 1));
        } finally {
            jdbc.update("UPDATE audit_events SET comment = ? WHERE seq = ?", "event " + (EVENTS - 1), EVENTS - 1);
        }
    }
}
