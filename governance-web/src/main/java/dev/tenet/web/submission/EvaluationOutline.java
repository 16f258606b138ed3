package dev.tenet.web.submission;

import dev.tenet.model.evaluation.Evaluation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What re-evaluating a design compares between its pinned evaluation and a new one: the tier, the
 * decision, each finding's outcome and enforcement, each attestation's status. Read from an
 * {@link Evaluation} or from the JSON a design stores as pinned (the API's shape), which both name
 * outcomes, decisions and statuses by their constants and tiers and enforcements by their ids.
 *
 * @param findings     by {@code policy/rule}, in evaluation order
 * @param attestations each attestation's status, by id
 */
record EvaluationOutline(String policyCommit, String tier, String decision, Map<String, FindingOutline> findings,
                         Map<String, String> attestations) {

    /** An absent finding compares as a rule that does not apply. */
    private static final String ABSENT = "NOT_APPLICABLE";

    EvaluationOutline {
        findings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(findings));
        attestations = Map.copyOf(attestations);
    }

    /** One rule's finding, as far as a comparison needs it. */
    record FindingOutline(String policy, String rule, String outcome, String enforcement, String message) {

        boolean failing() {
            return "FAIL".equals(outcome) || "ERROR".equals(outcome);
        }
    }

    static EvaluationOutline of(Evaluation evaluation) {
        Map<String, FindingOutline> findings = new LinkedHashMap<>();
        evaluation.findings().forEach(f -> findings.put(f.key(), new FindingOutline(f.policy(), f.rule(),
                f.outcome().name(), f.enforcement().id(), f.message())));
        Map<String, String> attestations = new LinkedHashMap<>();
        evaluation.attestations().forEach(a -> attestations.put(a.id(), a.status().name()));
        return new EvaluationOutline(evaluation.policyCommit(), evaluation.tier().id(), evaluation.decision().name(),
                findings, attestations);
    }

    /** The outline of a stored evaluation; an empty text (a draft) has no findings. */
    static EvaluationOutline read(String json) {
        if (json == null || json.isBlank()) {
            return new EvaluationOutline("", "", "", Map.of(), Map.of());
        }
        JsonNode root = JsonMapper.shared().readTree(json);
        Map<String, FindingOutline> findings = new LinkedHashMap<>();
        root.path("findings").values().forEach(f -> findings.put(text(f, "policy") + "/" + text(f, "rule"),
                new FindingOutline(text(f, "policy"), text(f, "rule"), text(f, "outcome"), text(f, "enforcement"),
                        text(f, "message"))));
        Map<String, String> attestations = new LinkedHashMap<>();
        root.path("attestations").values().forEach(a -> attestations.put(text(a, "id"), text(a, "status")));
        return new EvaluationOutline(text(root, "policyCommit"), text(root, "tier"), text(root, "decision"), findings,
                attestations);
    }

    /**
     * Whether {@code other} differs in what reviewers signed off: the tier, the decision, any
     * finding's outcome (a rule only one side has compares as not applicable) or any attestation's
     * status (an attestation only one side has is a change).
     */
    boolean differsMateriallyFrom(EvaluationOutline other) {
        if (!tier.equals(other.tier) || !decision.equals(other.decision) || !attestations.equals(other.attestations)) {
            return true;
        }
        List<String> keys = new ArrayList<>(findings.keySet());
        other.findings.keySet().stream().filter(key -> !findings.containsKey(key)).forEach(keys::add);
        return keys.stream().anyMatch(key -> !outcome(findings.get(key)).equals(outcome(other.findings.get(key))));
    }

    /**
     * The findings that moved from this evaluation to {@code after}, as the engine's policy diff
     * counts them: a different outcome, a failure under a different enforcement, or a failing rule
     * only one side has. In {@code after}'s order, rules that went away last.
     */
    List<MovedFinding> movedTo(EvaluationOutline after) {
        List<MovedFinding> moved = new ArrayList<>();
        for (FindingOutline newer : after.findings.values()) {
            FindingOutline older = findings.get(newer.policy() + "/" + newer.rule());
            boolean changed = older == null ? newer.failing()
                    : !older.outcome().equals(newer.outcome())
                    || (newer.failing() && !older.enforcement().equals(newer.enforcement()));
            if (changed) {
                moved.add(new MovedFinding(newer.policy(), newer.rule(), older == null ? "" : older.outcome(),
                        newer.outcome(), newer.enforcement(), newer.message()));
            }
        }
        findings.forEach((key, older) -> {
            if (!after.findings.containsKey(key) && older.failing()) {
                moved.add(new MovedFinding(older.policy(), older.rule(), older.outcome(), "", older.enforcement(),
                        older.message()));
            }
        });
        return moved;
    }

    private static String outcome(FindingOutline finding) {
        return finding == null ? ABSENT : finding.outcome();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : Objects.requireNonNullElse(value.asString(), "");
    }
}
