package dev.tenet.web.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The {@code audit_events} and {@code audit_head} tables. Inserts events and moves the head; it
 * has no way to update or delete an event. Plain SQL, portable between H2 and PostgreSQL.
 */
@Repository
class AuditEvents {

    private static final String COLUMNS = "seq, at, actor, action, design_id, revision, policy_commit, "
            + "evaluation_digest, comment, prev_hash, hash";
    private static final RowMapper<AuditEvent> EVENT = (rs, n) -> new AuditEvent(rs.getLong("seq"),
            new AuditEntry(rs.getString("actor"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                    rs.getString("action"), rs.getObject("design_id", Long.class),
                    rs.getObject("revision", Integer.class), rs.getString("policy_commit"),
                    rs.getString("evaluation_digest"), rs.getString("comment")),
            rs.getString("prev_hash"), rs.getString("hash"));
    private static final RowMapper<Head> HEAD = (rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"));

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chain's last event: its sequence number and hash. */
    record Head(long seq, String hash) {
    }

    /** The head, locked until the current transaction ends: appends queue here, one at a time. */
    Head lockHead() {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE").query(HEAD).single();
    }

    /** The head as last committed. */
    Head head() {
        return jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1").query(HEAD).single();
    }

    void insert(AuditEvent event) {
        AuditEntry entry = event.entry();
        jdbc.sql("INSERT INTO audit_events (" + COLUMNS + ") VALUES (:seq, :at, :actor, :action, :designId, "
                        + ":revision, :policyCommit, :evaluationDigest, :comment, :prevHash, :hash)")
                .param("seq", event.seq())
                .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("designId", entry.designId(), Types.BIGINT)
                .param("revision", entry.revision(), Types.INTEGER)
                .param("policyCommit", entry.policyCommit())
                .param("evaluationDigest", entry.evaluationDigest())
                .param("comment", entry.comment())
                .param("prevHash", event.prevHash())
                .param("hash", event.hash())
                .update();
    }

    /** Moves the head from where it was locked to the new last event. */
    void advanceHead(Head from, Head to) {
        int moved = jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1 AND seq = :fromSeq "
                        + "AND hash = :fromHash")
                .param("seq", to.seq()).param("hash", to.hash())
                .param("fromSeq", from.seq()).param("fromHash", from.hash())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("the audit head moved while locked: was it locked in this transaction?");
        }
    }

    /** Up to {@code limit} events after {@code afterSeq} and up to {@code lastSeq}, in chain order. */
    List<AuditEvent> inChainOrder(long afterSeq, long lastSeq, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE seq > :after AND seq <= :last "
                        + "ORDER BY seq LIMIT :limit")
                .param("after", afterSeq).param("last", lastSeq).param("limit", limit)
                .query(EVENT).list();
    }

    /** The first stored event after {@code seq}, if any. */
    Optional<Long> firstAfter(long seq) {
        return jdbc.sql("SELECT seq FROM audit_events WHERE seq > :seq ORDER BY seq LIMIT 1").param("seq", seq)
                .query(Long.class).optional();
    }

    /** Every event of one design, in chain order. */
    List<AuditEvent> ofDesign(long designId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE design_id = :design ORDER BY seq")
                .param("design", designId).query(EVENT).list();
    }

    /** One page of the events the filter lets through, newest first. */
    EventPage page(EventFilter filter, int number, int size) {
        if (filter.matchesNothing()) {
            return new EventPage(List.of(), number, size, 0);
        }
        String where = filter.where();
        long total = filter.bind(jdbc.sql("SELECT COUNT(*) FROM audit_events" + where)).query(Long.class).single();
        List<AuditEvent> events = filter.bind(jdbc.sql("SELECT " + COLUMNS + " FROM audit_events" + where
                        + " ORDER BY seq DESC LIMIT :limit OFFSET :offset"))
                .param("limit", size).param("offset", (long) number * size)
                .query(EVENT).list();
        return new EventPage(events, number, size, total);
    }
}
