package dev.tenet.engine.docs;

import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Reference;
import dev.tenet.model.Stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reference's traceability tables: every source section with the policies that encode it, and
 * every review stage with the attestations its reviewers check.
 */
final class Traceability {

    private Traceability() {
    }

    static void appendTo(StringBuilder out, PolicyLibrary library) {
        out.append("\n## Traceability\n\n### Sources\n\n");
        sources(library.policies(), out);
        out.append("\n### Review stages\n");
        for (Stage stage : library.governance().stages()) {
            stage(out, stage, library);
        }
    }

    private static void sources(List<Policy> policies, StringBuilder out) {
        Map<String, Map<String, TreeSet<String>>> cited = new TreeMap<>();
        for (Policy policy : policies) {
            for (Reference reference : policy.metadata().references()) {
                cited.computeIfAbsent(Markdown.paragraphs(reference.source(), " "), source -> new TreeMap<>())
                        .computeIfAbsent(Markdown.paragraphs(reference.section(), " "), section -> new TreeSet<>())
                        .add(policy.id());
            }
        }
        if (cited.isEmpty()) {
            out.append("No policy cites a source.\n");
            return;
        }
        Markdown.Table table = new Markdown.Table("Source", "Section", "Policies");
        cited.forEach((source, sections) -> sections.forEach((section, ids) -> table.row(Markdown.cell(source),
                Markdown.cell(section), ids.stream().map(Markdown::code).collect(Collectors.joining(", ")))));
        table.appendTo(out);
    }

    private static void stage(StringBuilder out, Stage stage, PolicyLibrary library) {
        out.append("\n#### ").append(stage.id()).append("\n\n");
        out.append("Signed by role `").append(stage.role()).append('`');
        library.governance().slaDays(stage.id())
                .ifPresent(days -> out.append(", within ").append(ReferenceDocument.count(days, "day", "days")));
        out.append(".\n\n");
        List<String[]> rows = new ArrayList<>();
        for (Policy policy : library.policies()) {
            for (Attestation attestation : policy.attestations()) {
                if (attestation.stage().equals(stage.id())) {
                    rows.add(new String[] {attestation.id(), policy.id(), attestation.question(), attestation.evidence().id()});
                }
            }
        }
        if (rows.isEmpty()) {
            out.append("No attestations.\n");
            return;
        }
        rows.sort(Comparator.comparing((String[] row) -> row[0]));
        Markdown.Table table = new Markdown.Table("Attestation", "Policy", "Question", "Evidence");
        rows.forEach(row -> table.row(Markdown.codeCell(row[0]), Markdown.codeCell(row[1]), Markdown.cell(row[2]), row[3]));
        table.appendTo(out);
    }
}
