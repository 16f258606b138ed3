package dev.tenet.web.drift;

import dev.tenet.model.evaluation.Decision;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Which policy head each APPROVED design was last checked for drift at ({@code
 * designs.drift_checked_commit}, which the design aggregate does not map): what makes a check
 * resumable and a second check at the same commit a no-op. A design pinned at a commit is never
 * checked at that commit: its approval already judged it there; nor, by {@link DriftCheck}, at an
 * older one ({@link Lineage}).
 */
@Component
class DriftLedger {

    private static final String UNCHECKED = "state = 'APPROVED' AND policy_commit <> :commit"
            + " AND drift_checked_commit <> :commit";

    private final NamedParameterJdbcTemplate jdbc;

    DriftLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An APPROVED design not yet checked at a commit, as it stood when read.
     *
     * @param decision     the decision it was approved with
     * @param policyCommit the policy commit it was approved at
     */
    record Candidate(long id, long version, Decision decision, String policyCommit) {
    }

    /** The next APPROVED designs not checked at the commit, by id after {@code afterId}. */
    List<Candidate> unchecked(String commit, long afterId, int limit) {
        return jdbc.query("SELECT id, version, decision, policy_commit FROM designs WHERE " + UNCHECKED
                        + " AND id > :after ORDER BY id LIMIT :limit",
                new MapSqlParameterSource("commit", commit).addValue("after", afterId).addValue("limit", limit),
                (rs, n) -> new Candidate(rs.getLong("id"), rs.getLong("version"),
                        rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
                        rs.getString("policy_commit")));
    }

    /** How many APPROVED designs are not checked at the commit yet. */
    long uncheckedCount(String commit) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM designs WHERE " + UNCHECKED,
                new MapSqlParameterSource("commit", commit), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Records that these designs were checked at the commit, each only if it is still APPROVED at
     * the version read: one that changed meanwhile is left for the next check. One transaction for
     * the batch: a commit per row would cost more than the evaluation.
     */
    @Transactional
    void checked(List<Candidate> candidates, String commit) {
        if (candidates.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = candidates.stream().map(c -> new MapSqlParameterSource("commit", commit)
                .addValue("id", c.id()).addValue("version", c.version())).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("UPDATE designs SET drift_checked_commit = :commit"
                + " WHERE id = :id AND version = :version AND state = 'APPROVED'", rows);
    }

    /** Records that one design was checked at the commit, within the caller's transaction. */
    void checked(long id, String commit) {
        jdbc.update("UPDATE designs SET drift_checked_commit = :commit WHERE id = :id",
                new MapSqlParameterSource("commit", commit).addValue("id", id));
    }
}
