package dev.tenet.web.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static dev.tenet.web.audit.AuditDatabase.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** Edits the table behind the application's back, with plain JDBC, and expects verification to notice. */
@SpringBootTest(classes = AuditDatabase.class,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-tampering;DB_CLOSE_DELAY=-1")
class TamperingTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void fiveEvents() {
        AuditDatabase.reset(jdbc);
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, ""));
            trail.append(entry("erin", "SUBMITTED", 1L, ""));
            trail.append(entry("riley", "APPROVED", 1L, "no harms found"));
            trail.append(entry("ada", "USER_CREATED", null, ""));
            trail.append(entry("pat", "APPROVED", 1L, "fine"));
        });
    }

    @Test
    void anUntouchedTrailIsValid() {
        assertThat(trail.verify()).isEqualTo(new Verification(true, 5, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "comment = 'nothing to see'",
            "at = TIMESTAMP WITH TIME ZONE '2025-03-01 09:30:00.123457+00:00'",
            "actor = 'mallory'",
            "action = 'REJECTED'",
            "design_id = 2",
            "design_id = NULL",
            "revision = 7",
            "revision = NULL",
            "policy_commit = 'deadbeef'",
            "evaluation_digest = 'ffff'",
            "hash = '" + "1111111111111111111111111111111111111111111111111111111111111111" + "'",
            "prev_hash = '" + "2222222222222222222222222222222222222222222222222222222222222222" + "'"})
    void anEditedColumnBreaksTheChainAtThatEvent(String assignment) throws SQLException {
        behindTheBack("UPDATE audit_events SET " + assignment + " WHERE seq = 3");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 5, 3L));
    }

    @Test
    void anEditedTimeOfTheFirstEventBreaksTheChainAtOne() throws SQLException {
        behindTheBack("UPDATE audit_events SET at = at + INTERVAL '1' SECOND WHERE seq = 1");

        assertThat(trail.verify().firstBrokenEvent()).isEqualTo(1L);
    }

    @Test
    void aDeletedMiddleEventBreaksTheChainWhereItWas() throws SQLException {
        behindTheBack("DELETE FROM audit_events WHERE seq = 3");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 4, 3L));
    }

    @Test
    void aDeletedFirstEventBreaksTheChainAtOne() throws SQLException {
        behindTheBack("DELETE FROM audit_events WHERE seq = 1");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 4, 1L));
    }

    @Test
    void aDeletedLastEventNoLongerMatchesTheHead() throws SQLException {
        behindTheBack("DELETE FROM audit_events WHERE seq = 5");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 4, 5L));
    }

    @Test
    void anEditedHeadNoLongerMatchesTheLastEvent() throws SQLException {
        behindTheBack("UPDATE audit_head SET hash = '" + "3".repeat(64) + "'");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 5, 5L));
    }

    @Test
    void swappedEventsBreakTheChainAtTheFirstOfThem() throws SQLException {
        behindTheBack("UPDATE audit_events SET seq = -2 WHERE seq = 2");
        behindTheBack("UPDATE audit_events SET seq = 2 WHERE seq = 3");
        behindTheBack("UPDATE audit_events SET seq = 3 WHERE seq = -2");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 5, 2L));
    }

    @Test
    void anEventInsertedBeyondTheHeadIsCaughtEvenWithAValidHash() throws SQLException {
        String head = jdbc.queryForObject("SELECT hash FROM audit_head", String.class);
        insertForged(6, head);

        assertThat(trail.verify()).isEqualTo(new Verification(false, 5, 6L));
    }

    @Test
    void anEventInsertedInTheMiddleBreaksTheChainAfterIt() throws SQLException {
        behindTheBack("UPDATE audit_events SET seq = 6 WHERE seq = 5");
        behindTheBack("UPDATE audit_events SET seq = 5 WHERE seq = 4");
        String third = jdbc.queryForObject("SELECT hash FROM audit_events WHERE seq = 3", String.class);
        insertForged(4, third);
        String last = jdbc.queryForObject("SELECT hash FROM audit_events WHERE seq = 6", String.class);
        behindTheBack("UPDATE audit_head SET seq = 6, hash = '" + last + "'");

        assertThat(trail.verify()).isEqualTo(new Verification(false, 6, 5L));
    }

    @Test
    void aRenumberedLastEventLeavesAGapAtTheHead() throws SQLException {
        behindTheBack("UPDATE audit_events SET seq = 6 WHERE seq = 5");

        assertThat(trail.verify().firstBrokenEvent()).isEqualTo(5L);
    }

    /** A forged event whose hash is correctly computed over its content and the given previous hash. */
    private void insertForged(long seq, String prevHash) throws SQLException {
        AuditEntry forged = new AuditEntry("mallory", Instant.parse("2025-03-02T00:00:00Z"), "APPROVED", 1L, 1,
                "", "", "approved, honestly");
        String hash = CanonicalEvent.hash(prevHash, seq, forged);
        behindTheBack("INSERT INTO audit_events (seq, at, actor, action, design_id, revision, policy_commit, "
                + "evaluation_digest, comment, prev_hash, hash) VALUES (" + seq
                + ", TIMESTAMP WITH TIME ZONE '2025-03-02 00:00:00+00:00', 'mallory', 'APPROVED', 1, 1, '', '', "
                + "'approved, honestly', '" + prevHash + "', '" + hash + "')");
    }

    private void behindTheBack(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
