package dev.tenet.web.submission;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.Waiver;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates stored designs, many at once, at any policy bundle: the current revision of each, with
 * its waivers and recorded answers, as of today. What drift detection, the policy diff and the
 * impact preview run over every design.
 *
 * <p>Reads with three plain queries (designs with their current revision's YAML, waivers, answers)
 * rather than loading each aggregate, and evaluates in parallel.
 */
@Service
public class StoredDesignEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(StoredDesignEvaluator.class);

    private static final String DESIGNS = """
            SELECT d.id, d.team, d.name, d.owner, d.state, d.revision, d.policy_commit, r.yaml
            FROM designs d JOIN design_revisions r ON r.design_id = d.id AND r.number = d.revision
            WHERE %s ORDER BY d.team, d.name""";
    private static final String WAIVERS = """
            SELECT w.design_id, w.policy, w.rule, w.justification, w.expires, w.approver
            FROM waivers w JOIN designs d ON w.design_id = d.id AND w.revision = d.revision
            WHERE %s ORDER BY w.design_id, w.position""";
    private static final String ANSWERS = """
            SELECT a.design_id, a.attestation, a.answer, a.evidence
            FROM attestation_answers a JOIN designs d ON a.design_id = d.id AND a.revision = d.revision
            WHERE %s ORDER BY a.design_id, a.position""";

    private final NamedParameterJdbcTemplate jdbc;
    private final DesignEvaluations evaluations;
    private final Clock clock;

    StoredDesignEvaluator(NamedParameterJdbcTemplate jdbc, DesignEvaluations evaluations, Clock clock) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    /** Every design in one of these states, evaluated at the bundle, ordered by team and name. */
    public List<StoredDecision> evaluateInStates(PolicyBundle bundle, Set<DesignState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return evaluate(bundle, "d.state IN (:states)", new MapSqlParameterSource("states",
                states.stream().map(Enum::name).toList()));
    }

    /** These designs, evaluated at the bundle, ordered by team and name; unknown ids are skipped. */
    public List<StoredDecision> evaluateDesigns(PolicyBundle bundle, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return evaluate(bundle, "d.id IN (:ids)", new MapSqlParameterSource("ids", List.copyOf(ids)));
    }

    private List<StoredDecision> evaluate(PolicyBundle bundle, String where, MapSqlParameterSource parameters) {
        List<Row> rows = jdbc.query(DESIGNS.formatted(where), parameters, (rs, n) -> new Row(rs.getLong("id"),
                rs.getString("team"), rs.getString("name"), rs.getString("owner"),
                DesignState.valueOf(rs.getString("state")), rs.getInt("revision"), rs.getString("policy_commit"),
                rs.getString("yaml")));
        Map<Long, List<Waiver>> waivers = new HashMap<>();
        jdbc.query(WAIVERS.formatted(where), parameters, rs -> {
            waivers.computeIfAbsent(rs.getLong("design_id"), id -> new ArrayList<>()).add(new Waiver(
                    rs.getString("policy"), rs.getString("rule"), rs.getString("justification"),
                    rs.getObject("expires", LocalDate.class), rs.getString("approver")));
        });
        Map<Long, Map<String, AttestationAnswer>> answers = new HashMap<>();
        jdbc.query(ANSWERS.formatted(where), parameters, rs -> {
            answers.computeIfAbsent(rs.getLong("design_id"), id -> new LinkedHashMap<>()).put(
                    rs.getString("attestation"), new AttestationAnswer(rs.getBoolean("answer"),
                            Optional.ofNullable(rs.getString("evidence"))));
        });
        LocalDate today = LocalDate.now(clock);
        return rows.parallelStream()
                .map(row -> evaluate(bundle, row, waivers.getOrDefault(row.id(), List.of()),
                        answers.getOrDefault(row.id(), Map.of()), today))
                .filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    private StoredDecision evaluate(PolicyBundle bundle, Row row, List<Waiver> waivers,
                                    Map<String, AttestationAnswer> answers, LocalDate today) {
        try {
            WorkloadDesign document = evaluations.read(row.name() + ".yaml", row.yaml());
            Evaluation evaluation = evaluations.evaluate(bundle, document, waivers, answers, today);
            return new StoredDecision(row.id(), row.team(), row.name(), row.owner(), row.state(), row.revision(),
                    row.pinnedCommit(), evaluation);
        } catch (InvalidDesignException e) {
            // stored revisions were read when saved; one that no longer reads is skipped, not fatal
            LOG.warn("design {}/{} revision {} no longer reads and is skipped: {}", row.team(), row.name(),
                    row.revision(), e.getMessage());
            return null;
        }
    }

    private record Row(long id, String team, String name, String owner, DesignState state, int revision,
                       String pinnedCommit, String yaml) {
    }
}
