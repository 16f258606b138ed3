package dev.tenet.engine.docs;

import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.Principle;

import java.util.List;

/**
 * The Markdown reference of a policy library, for people who read policies rather than YAML: a
 * summary table of every policy, then per principle a section per policy (its fields, rules,
 * attestations and sources), then the traceability tables: each source section to the policies that
 * encode it, and each review stage to the attestations it checks.
 *
 * <p>Deterministic: the same library gives the same bytes, with no date, no folder and, unless
 * asked, no commit id, so the document can be committed beside the policies and kept current in CI.
 */
public final class ReferenceDocument {

    private ReferenceDocument() {
    }

    /** The reference of the library, without its commit id. */
    public static String markdown(PolicyLibrary library) {
        return markdown(library, false);
    }

    /** The reference of the library; {@code withCommit} names the commit it was generated from. */
    public static String markdown(PolicyLibrary library, boolean withCommit) {
        StringBuilder out = new StringBuilder("# Policy reference\n\n");
        out.append(count(library.policies().size(), "policy", "policies")).append(", grouped by the principle they serve.");
        if (withCommit) {
            out.append(" Generated from commit `").append(library.commit()).append("`.");
        }
        out.append("\n\n## Summary\n\n");
        summary(library.policies()).appendTo(out);
        for (Principle principle : Principle.values()) {
            List<Policy> policies = library.policies().stream()
                    .filter(policy -> policy.metadata().principle() == principle).toList();
            if (!policies.isEmpty()) {
                out.append("\n## ").append(title(principle)).append('\n');
                policies.forEach(policy -> PolicySection.appendTo(out, policy));
            }
        }
        Traceability.appendTo(out, library);
        return out.toString();
    }

    /** How the reference names a principle in its headings. */
    static String title(Principle principle) {
        return switch (principle) {
            case FAIRNESS -> "Fairness";
            case RELIABILITY_SAFETY -> "Reliability and safety";
            case PRIVACY_SECURITY -> "Privacy and security";
            case INCLUSIVENESS -> "Inclusiveness";
            case TRANSPARENCY -> "Transparency";
            case ACCOUNTABILITY -> "Accountability";
        };
    }

    private static Markdown.Table summary(List<Policy> policies) {
        Markdown.Table table = new Markdown.Table("Policy", "Title", "Principle", "Lifecycle", "Enforcement", "Severity",
                "Rules", "Attestations").right(6).right(7);
        for (Policy policy : policies) {
            table.row(Markdown.codeCell(policy.id()), Markdown.cell(policy.metadata().title()),
                    policy.metadata().principle().id(), policy.metadata().lifecycle().map(Lifecycle::id).orElse("—"),
                    policy.enforcement().id(), policy.severity().id(), String.valueOf(policy.rules().size()),
                    String.valueOf(policy.attestations().size()));
        }
        return table;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
