package dev.tenet.engine.diff;

import dev.tenet.model.Attestation;
import dev.tenet.model.Expression;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.Reference;
import dev.tenet.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields of policies, rules and attestations that a diff compares, each as text. Whitespace
 * does not count: a description re-wrapped or an expression moved from a plain to a block scalar
 * means the same, so neither is a change.
 */
final class PolicyFields {

    private PolicyFields() {
    }

    /** What differs in the policy itself: metadata, applicability, enforcement and severity. */
    static List<FieldChange> metadata(Policy before, Policy after) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "title", before.metadata().title(), after.metadata().title());
        text(changes, "owner", before.metadata().owner(), after.metadata().owner());
        text(changes, "principle", before.metadata().principle().id(), after.metadata().principle().id());
        text(changes, "lifecycle", lifecycle(before), lifecycle(after));
        text(changes, "description", before.metadata().description(), after.metadata().description());
        text(changes, "references", references(before), references(after));
        expression(changes, "appliesTo", before.appliesTo(), after.appliesTo());
        text(changes, "enforcement", before.enforcement().id(), after.enforcement().id());
        text(changes, "severity", before.severity().id(), after.severity().id());
        return changes;
    }

    /**
     * What differs in a rule. Its severity counts only where one side sets it on the rule itself:
     * a rule that inherits the policy's severity changes with the policy, which the diff shows once.
     */
    static List<FieldChange> rule(Policy beforePolicy, Rule before, Policy afterPolicy, Rule after) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "description", before.description(), after.description());
        expression(changes, "appliesTo", before.appliesTo(), after.appliesTo());
        expression(changes, "require", before.require(), after.require());
        text(changes, "message", before.message(), after.message());
        text(changes, "remediation", before.remediation(), after.remediation());
        if (declaresSeverity(beforePolicy, before) || declaresSeverity(afterPolicy, after)) {
            text(changes, "severity", before.severity().id(), after.severity().id());
        }
        return changes;
    }

    /** What differs in an attestation. */
    static List<FieldChange> attestation(Attestation before, Attestation after) {
        List<FieldChange> changes = new ArrayList<>();
        text(changes, "stage", before.stage(), after.stage());
        text(changes, "question", before.question(), after.question());
        text(changes, "evidence", before.evidence().id(), after.evidence().id());
        return changes;
    }

    /** Prose on one line: runs of whitespace, line breaks included, become one space. */
    static String prose(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** A CEL expression on one line, with whitespace inside string literals kept as written. */
    static String expression(Expression expression) {
        String source = expression.source().strip();
        StringBuilder result = new StringBuilder(source.length());
        char quote = 0;
        boolean space = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                result.append(' ');
                space = false;
            }
            result.append(c);
            if (quote != 0 && c == '\\' && i + 1 < source.length()) {
                result.append(source.charAt(++i));
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            }
        }
        return result.toString();
    }

    private static boolean declaresSeverity(Policy policy, Rule rule) {
        int index = policy.rules().indexOf(rule);
        return rule.severity() != policy.severity()
                || policy.source().positionOf("spec.rules[" + index + "].severity").isPresent();
    }

    private static String lifecycle(Policy policy) {
        return policy.metadata().lifecycle().map(Lifecycle::id).orElse("");
    }

    private static String references(Policy policy) {
        return policy.metadata().references().stream().map(PolicyFields::reference).collect(Collectors.joining("; "));
    }

    private static String reference(Reference reference) {
        return reference.source() + " — " + reference.section() + (reference.url().isEmpty() ? "" : " <" + reference.url() + ">");
    }

    private static void text(List<FieldChange> changes, String field, String before, String after) {
        String older = prose(before);
        String newer = prose(after);
        if (!older.equals(newer)) {
            changes.add(new FieldChange(field, older, newer));
        }
    }

    private static void expression(List<FieldChange> changes, String field, Expression before, Expression after) {
        String older = expression(before);
        String newer = expression(after);
        if (!older.equals(newer)) {
            changes.add(new FieldChange(field, older, newer));
        }
    }
}
