package dev.tenet.engine.diff;

import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.model.evaluation.Finding;

import java.util.List;

/** The text form of a diff: one line per policy, indented lines for what changed inside it. */
final class DiffText {

    private static final String ARROW = " → ";
    private static final int SHORT_ID = 7;

    private DiffText() {
    }

    static String policies(BundleDiff diff) {
        StringBuilder text = new StringBuilder();
        text.append("Policies from ").append(label(diff.fromCommit())).append(" to ").append(label(diff.toCommit()))
                .append(": ").append(diff.added().size()).append(" added, ").append(diff.removed().size())
                .append(" removed, ").append(diff.changed().size()).append(" changed\n");
        diff.added().forEach(policy -> text.append("+ added policy ").append(summary(policy)).append('\n'));
        diff.removed().forEach(policy -> text.append("- removed policy ").append(summary(policy)).append('\n'));
        diff.changed().forEach(change -> changed(text, change));
        return text.toString();
    }

    static String designs(DecisionChanges designs) {
        if (designs.changes().isEmpty()) {
            return "Designs whose decision changes: none of " + designs.checked() + "\n";
        }
        StringBuilder text = new StringBuilder("Designs whose decision changes:\n");
        for (DecisionChange change : designs.changes()) {
            text.append("  ").append(change.design()).append(": ").append(change.decisionBefore());
            if (change.decisionAfter() != change.decisionBefore()) {
                text.append(ARROW).append(change.decisionAfter());
            }
            if (change.tierAfter() != change.tierBefore()) {
                text.append(", tier ").append(change.tierBefore().id()).append(ARROW).append(change.tierAfter().id());
            }
            List<String> findings = change.findings().stream().map(DiffText::finding).toList();
            if (!findings.isEmpty()) {
                text.append(" (").append(String.join(", ", findings)).append(')');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static void changed(StringBuilder text, PolicyChange change) {
        text.append("~ changed ").append(change.id()).append(' ').append(change.versionBefore());
        text.append(change.versionAfter().equals(change.versionBefore()) ? " (version not bumped)"
                : ARROW + change.versionAfter()).append('\n');
        change.metadata().forEach(field -> field(text, "    ", field));
        for (Change<Rule> rule : change.rules()) {
            if (rule instanceof Change.Added<Rule> added) {
                line(text, "    + rule " + added.id() + ": " + expression(added.after()));
            } else if (rule instanceof Change.Removed<Rule> removed) {
                line(text, "    - rule " + removed.id() + ": " + expression(removed.before()));
            } else {
                modified(text, "rule", (Change.Modified<Rule>) rule);
            }
        }
        for (Change<Attestation> attestation : change.attestations()) {
            if (attestation instanceof Change.Added<Attestation> added) {
                line(text, "    + attestation " + attestation(added.after()));
            } else if (attestation instanceof Change.Removed<Attestation> removed) {
                line(text, "    - attestation " + attestation(removed.before()));
            } else {
                modified(text, "attestation", (Change.Modified<Attestation>) attestation);
            }
        }
    }

    private static void modified(StringBuilder text, String part, Change.Modified<?> modified) {
        line(text, "    ~ " + part + " " + modified.id());
        modified.fields().forEach(field -> field(text, "        ", field));
    }

    private static void field(StringBuilder text, String indent, FieldChange field) {
        line(text, indent + field.field() + ": " + shown(field.before()) + ARROW + shown(field.after()));
    }

    private static String finding(FindingChange change) {
        if (change.before().isEmpty()) {
            return "+ " + change.key() + " " + change.after().get().outcome();
        }
        if (change.after().isEmpty()) {
            return "- " + change.key() + " " + change.before().get().outcome();
        }
        Finding before = change.before().get();
        Finding after = change.after().get();
        if (before.outcome() == after.outcome()) {
            return change.key() + " " + after.outcome() + " " + before.enforcement().id() + ARROW + after.enforcement().id();
        }
        return change.key() + " " + before.outcome() + ARROW + after.outcome();
    }

    private static String summary(Policy policy) {
        return policy.id() + " " + policy.metadata().version() + ": " + PolicyFields.prose(policy.metadata().title());
    }

    private static String expression(Rule rule) {
        String require = PolicyFields.expression(rule.require());
        return rule.appliesTo().isAlwaysTrue() ? require
                : require + " (when " + PolicyFields.expression(rule.appliesTo()) + ")";
    }

    private static String attestation(Attestation attestation) {
        return attestation.id() + " (" + attestation.stage() + "): " + PolicyFields.prose(attestation.question());
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static String label(String commit) {
        return commit.equals(LibrarySource.WORKTREE) || commit.length() <= SHORT_ID ? commit : commit.substring(0, SHORT_ID);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
