package dev.tenet.engine.docs;

import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Reference;
import dev.tenet.model.Rule;

/** One policy's section of the reference: its fields, description, rules, attestations and sources. */
final class PolicySection {

    private PolicySection() {
    }

    static void appendTo(StringBuilder out, Policy policy) {
        out.append("\n### ").append(Markdown.paragraphs(policy.metadata().title(), " ")).append("\n\n");
        field(out, "Id", Markdown.code(policy.id()));
        field(out, "Version", policy.metadata().version().toString());
        field(out, "Owner", policy.metadata().owner());
        policy.metadata().lifecycle().ifPresent(stage -> field(out, "Lifecycle", stage.id()));
        field(out, "Enforcement", policy.enforcement().id());
        field(out, "Severity", policy.severity().id());
        field(out, "Applies to", policy.appliesTo().isAlwaysTrue() ? "every design" : Markdown.code(policy.appliesTo().source()));
        if (!policy.metadata().description().isBlank()) {
            out.append('\n').append(Markdown.paragraphs(policy.metadata().description(), "\n\n")).append('\n');
        }
        rules(out, policy);
        attestations(out, policy);
        references(out, policy);
    }

    private static void rules(StringBuilder out, Policy policy) {
        if (policy.rules().isEmpty()) {
            return;
        }
        out.append("\n#### Rules\n\n");
        Markdown.Table table = new Markdown.Table("Rule", "Requires", "Message", "Remediation", "Severity");
        for (Rule rule : policy.rules()) {
            String requires = Markdown.codeCell(rule.require().source())
                    + (rule.appliesTo().isAlwaysTrue() ? "" : " when " + Markdown.codeCell(rule.appliesTo().source()));
            table.row(Markdown.codeCell(rule.id()), requires, Markdown.cell(rule.message()), Markdown.cell(rule.remediation()),
                    rule.severity().id());
        }
        table.appendTo(out);
    }

    private static void attestations(StringBuilder out, Policy policy) {
        if (policy.attestations().isEmpty()) {
            return;
        }
        out.append("\n#### Attestations\n\n");
        Markdown.Table table = new Markdown.Table("Attestation", "Stage", "Question", "Evidence");
        for (Attestation attestation : policy.attestations()) {
            table.row(Markdown.codeCell(attestation.id()), attestation.stage(), Markdown.cell(attestation.question()),
                    attestation.evidence().id());
        }
        table.appendTo(out);
    }

    private static void references(StringBuilder out, Policy policy) {
        if (policy.metadata().references().isEmpty()) {
            return;
        }
        out.append("\n#### References\n\n");
        for (Reference reference : policy.metadata().references()) {
            String source = Markdown.paragraphs(reference.source(), " ");
            out.append("- ").append(reference.url().isEmpty() ? source : "[" + source + "](" + reference.url() + ")")
                    .append(" — ").append(Markdown.paragraphs(reference.section(), " ")).append('\n');
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("- **").append(name).append(":** ").append(value).append('\n');
    }
}
