package dev.tenet.engine.report;

import dev.tenet.model.Waiver;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tenet check --format json}: a JSON array with one object per design, in the order given.
 * Each object is the Evaluation in the HTTP API's shape ({@code GET /api/v1/designs/{id}/evaluation})
 * with a leading {@code design: {file, name, team}}.
 *
 * <p>An array even for one design, so a script reads every output the same way. Findings carry,
 * beyond the API's keys, {@code principle}, {@code detail}, {@code location} and, when waived,
 * {@code waiver: {justification, expires, approver}}. Enumerations are written as documents write
 * them ({@code hard-mandatory}, {@code privacy-security}, tier {@code high}); outcome, decision
 * and attestation status in upper case as the API has them. A value the design does not set is
 * {@code null}.
 */
public final class JsonReport implements Report {

    @Override
    public String render(List<CheckedDesign> designs) {
        return Json.pretty(designs.stream().map(JsonReport::checked).toList());
    }

    /**
     * One evaluation in the API's shape, as ordered maps, lists and JSON scalars: what the web
     * API serialises, so the command line and the API never disagree.
     */
    public static Map<String, Object> evaluation(Evaluation evaluation) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("policyCommit", evaluation.policyCommit());
        tree.put("tier", evaluation.tier().id());
        tree.put("decision", evaluation.decision().name());
        tree.put("findings", evaluation.findings().stream().map(JsonReport::finding).toList());
        tree.put("attestations", evaluation.attestations().stream().map(JsonReport::attestation).toList());
        return Collections.unmodifiableMap(tree);
    }

    /** One evaluation in the API's shape as pretty-printed JSON text, with a final newline. */
    public static String evaluationJson(Evaluation evaluation) {
        return Json.pretty(evaluation(evaluation));
    }

    private static Map<String, Object> checked(CheckedDesign checked) {
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("file", checked.file());
        design.put("name", checked.design().name());
        design.put("team", checked.design().team());
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("design", design);
        tree.putAll(evaluation(checked.evaluation()));
        return tree;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("policy", finding.policy());
        tree.put("policyVersion", finding.policyVersion());
        tree.put("principle", finding.principle().id());
        tree.put("rule", finding.rule());
        tree.put("outcome", finding.outcome().name());
        tree.put("enforcement", finding.enforcement().id());
        tree.put("severity", finding.severity().id());
        tree.put("message", finding.message());
        tree.put("remediation", finding.remediation());
        tree.put("detail", finding.detail());
        tree.put("values", values(finding.values()));
        tree.put("location", finding.location());
        finding.waiver().ifPresent(waiver -> tree.put("waiver", waiver(waiver)));
        return tree;
    }

    // Kept in the order the rule read them, which the engine fixes; nested values are made plain.
    private static Map<String, Object> values(Map<String, Object> values) {
        Map<String, Object> tree = new LinkedHashMap<>();
        values.forEach((path, value) -> tree.put(path, Json.plain(value)));
        return tree;
    }

    private static Map<String, Object> waiver(Waiver waiver) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("justification", waiver.justification());
        tree.put("expires", waiver.expires().toString());
        tree.put("approver", waiver.approver());
        return tree;
    }

    private static Map<String, Object> attestation(AttestationCheck check) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", check.id());
        tree.put("policy", check.policy());
        tree.put("stage", check.stage());
        tree.put("question", check.question());
        tree.put("status", check.status().name());
        tree.put("answer", check.answer().orElse(null));
        tree.put("evidence", check.evidence().orElse(null));
        tree.put("evidenceRequired", check.required().id());
        return tree;
    }
}
