package dev.tenet.web.submission;

import dev.tenet.web.submission.DecisionRecord.AuditSeal;
import dev.tenet.web.submission.DecisionRecord.FindingEntry;
import dev.tenet.web.submission.DecisionRecord.StoredEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the decision record of an approved design from its current revision, its pinned
 * evaluation and what reviewers recorded. The same design always gives the same record.
 */
@Component
public class DecisionRecords {

    private final Revisions revisions;
    private final JsonMapper json;
    private final JdbcClient jdbc;

    DecisionRecords(Revisions revisions, JsonMapper json, JdbcClient jdbc) {
        this.revisions = revisions;
        this.json = json;
        this.jdbc = jdbc;
    }

    /** The record of an approved design as Markdown, as the API serves it to {@code Accept: text/markdown}. */
    @Transactional(readOnly = true)
    public String markdown(Design design) {
        return DecisionRecordMarkdown.render(of(design));
    }

    /** The record of an approved design as the API's JSON object, for a page route to serve. */
    @Transactional(readOnly = true)
    public Object json(Design design) {
        return of(design);
    }

    /** The record of an approved design; any other state is a conflict, since nothing is decided yet. */
    @Transactional(readOnly = true)
    DecisionRecord of(Design design) {
        if (design.state() != DesignState.APPROVED) {
            throw WorkflowException.conflict("design " + design + " is " + design.state() + ": only an APPROVED design"
                    + " has a decision record");
        }
        Revision revision = revisions.findByDesignIdAndNumber(design.id(), design.revision()).orElseThrow();
        StoredEvaluation evaluation = json.readValue(design.evaluation(), StoredEvaluation.class);
        return new DecisionRecord(design.id(), design.team(), design.name(), design.owner(), design.revision(),
                revision.digest(), evaluation.policyCommit(), evaluation.tier(), evaluation.decision(),
                design.stageEnteredAt(), byOutcome(evaluation.findings()), List.copyOf(evaluation.attestations()),
                design.currentWaivers().stream().map(DesignView.WaiverView::of).toList(),
                design.harms().stream().map(DesignView.HarmView::of).toList(),
                DecisionRecord.SignOffEntry.of(design.revisionSignOffs().stream().map(DesignView.SignOffView::of).toList()),
                latestAuditEvent(design.id()).orElse(null));
    }

    private static Map<String, List<FindingEntry>> byOutcome(List<FindingEntry> findings) {
        Map<String, List<FindingEntry>> grouped = new LinkedHashMap<>();
        for (String outcome : DecisionRecord.OUTCOMES) {
            grouped.put(outcome, findings.stream().filter(f -> outcome.equals(f.outcome())).toList());
        }
        return grouped;
    }

    // The audit trail is append-only and hash-chained (DESIGN.md section 7); its table is the shared
    // schema's, read here rather than through the audit module, which itself listens to this one.
    private Optional<AuditSeal> latestAuditEvent(long designId) {
        return jdbc.sql("SELECT seq, hash FROM audit_events WHERE design_id = :id ORDER BY seq DESC LIMIT 1")
                .param("id", designId)
                .query((row, n) -> new AuditSeal(row.getLong("seq"), row.getString("hash")))
                .optional();
    }
}
