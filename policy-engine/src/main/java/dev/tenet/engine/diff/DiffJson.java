package dev.tenet.engine.diff;

import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.model.evaluation.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The JSON form of a diff, as trees of maps and lists with keys in a fixed order. */
final class DiffJson {

    private DiffJson() {
    }

    static Map<String, Object> diff(BundleDiff diff) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("from", diff.fromCommit());
        tree.put("to", diff.toCommit());
        tree.put("added", diff.added().stream().map(DiffJson::policy).toList());
        tree.put("removed", diff.removed().stream().map(DiffJson::policy).toList());
        tree.put("changed", diff.changed().stream().map(DiffJson::changed).toList());
        return tree;
    }

    static Map<String, Object> designs(DecisionChanges designs) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("checked", designs.checked());
        tree.put("changes", designs.changes().stream().map(DiffJson::design).toList());
        return tree;
    }

    private static Map<String, Object> policy(Policy policy) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", policy.id());
        tree.put("version", policy.metadata().version().toString());
        tree.put("title", PolicyFields.prose(policy.metadata().title()));
        tree.put("principle", policy.metadata().principle().id());
        tree.put("enforcement", policy.enforcement().id());
        tree.put("severity", policy.severity().id());
        return tree;
    }

    private static Map<String, Object> changed(PolicyChange change) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", change.id());
        tree.put("versionBefore", change.versionBefore().toString());
        tree.put("versionAfter", change.versionAfter().toString());
        tree.put("fields", fields(change.metadata()));
        tree.put("rules", change.rules().stream().map(rule -> part(rule, DiffJson::rule)).toList());
        tree.put("attestations", change.attestations().stream().map(a -> part(a, DiffJson::attestation)).toList());
        return tree;
    }

    private static <T> Map<String, Object> part(Change<T> change, Function<T, Map<String, Object>> fields) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", change.id());
        if (change instanceof Change.Added<T> added) {
            tree.put("change", "added");
            tree.put("after", fields.apply(added.after()));
        } else if (change instanceof Change.Removed<T> removed) {
            tree.put("change", "removed");
            tree.put("before", fields.apply(removed.before()));
        } else {
            tree.put("change", "modified");
            tree.put("fields", fields(((Change.Modified<T>) change).fields()));
        }
        return tree;
    }

    private static Map<String, Object> rule(Rule rule) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("appliesTo", PolicyFields.expression(rule.appliesTo()));
        tree.put("require", PolicyFields.expression(rule.require()));
        tree.put("message", PolicyFields.prose(rule.message()));
        tree.put("remediation", PolicyFields.prose(rule.remediation()));
        tree.put("severity", rule.severity().id());
        return tree;
    }

    private static Map<String, Object> attestation(Attestation attestation) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("stage", attestation.stage());
        tree.put("question", PolicyFields.prose(attestation.question()));
        tree.put("evidence", attestation.evidence().id());
        return tree;
    }

    private static List<Map<String, Object>> fields(List<FieldChange> fields) {
        return fields.stream().map(field -> {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("field", field.field());
            tree.put("before", field.before());
            tree.put("after", field.after());
            return tree;
        }).toList();
    }

    private static Map<String, Object> design(DecisionChange change) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("design", change.design());
        tree.put("team", change.team());
        tree.put("file", change.file());
        tree.put("tierBefore", change.tierBefore().id());
        tree.put("tierAfter", change.tierAfter().id());
        tree.put("decisionBefore", change.decisionBefore().name());
        tree.put("decisionAfter", change.decisionAfter().name());
        tree.put("findings", change.findings().stream().map(DiffJson::finding).toList());
        return tree;
    }

    private static Map<String, Object> finding(FindingChange change) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("rule", change.key());
        tree.put("before", outcome(change.before()));
        tree.put("after", outcome(change.after()));
        return tree;
    }

    private static Map<String, Object> outcome(Optional<Finding> finding) {
        if (finding.isEmpty()) {
            return null;
        }
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("outcome", finding.get().outcome().name());
        tree.put("enforcement", finding.get().enforcement().id());
        return tree;
    }
}
