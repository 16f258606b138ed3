package dev.tenet.engine.report;

import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code tenet check} for people. Per design: a header with its decision, risk tier and policy
 * commit; the findings that need attention grouped as blocking, needing a waiver, advice, could
 * not evaluate, and waived, each with why, how to fix it and where the rule is; a summary line;
 * and the attestations still open, by stage. Several designs end with a count per decision.
 *
 * <p>Colour and symbols only when asked for (the CLI asks when standard output is a terminal and
 * {@code NO_COLOR} is not set); otherwise plain words. Text from policies and designs is stripped
 * of control characters, and long text wraps at {@value #WIDTH} columns.
 */
public final class TextReport implements Report {

    /** The width text wraps at. */
    public static final int WIDTH = 100;

    private static final int ITEM_INDENT = 4;
    private static final String LABEL_FORMAT = "%-5s ";

    private final TextStyle style;

    /** @param colour ANSI colours and symbols, for a terminal */
    public TextReport(boolean colour) {
        this.style = new TextStyle(colour);
    }

    @Override
    public String render(List<CheckedDesign> designs) {
        if (designs.isEmpty()) {
            return "no designs checked\n";
        }
        StringBuilder out = new StringBuilder();
        for (CheckedDesign checked : designs) {
            out.append(out.length() > 0 ? "\n" : "");
            design(out, checked);
        }
        if (designs.size() > 1) {
            out.append('\n').append(overall(designs)).append('\n');
        }
        return out.toString();
    }

    private void design(StringBuilder out, CheckedDesign checked) {
        Evaluation evaluation = checked.evaluation();
        out.append(style.paint(TextStyle.BOLD, clean(checked.design().name()))).append(" (")
                .append(clean(checked.file())).append(")  ").append(style.decision(evaluation.decision()))
                .append("  tier ").append(evaluation.tier().id())
                .append("  policies @ ").append(shortCommit(clean(evaluation.policyCommit()))).append('\n');
        Map<Section, List<Finding>> sections = new EnumMap<>(Section.class);
        for (Finding finding : evaluation.findings()) {
            Section.of(finding).ifPresent(section -> sections.computeIfAbsent(section, s -> new ArrayList<>()).add(finding));
        }
        sections.forEach((section, findings) -> {
            out.append("  ").append(style.paint(TextStyle.BOLD, section.heading)).append('\n');
            findings.forEach(finding -> finding(out, checked, section, finding));
        });
        if (sections.isEmpty()) {
            out.append(" ".repeat(ITEM_INDENT)).append(style.passMark()).append(" nothing to fix\n");
        }
        out.append("  ").append(Summary.of(evaluation).line()).append('\n');
        attestations(out, evaluation);
    }

    private void finding(StringBuilder out, CheckedDesign checked, Section section, Finding finding) {
        String lead = clean(finding.key()) + "  " + finding.severity().id() + "  ";
        int detailIndent = ITEM_INDENT + style.markWidth() + 1;
        int used = detailIndent + Wrapping.length(lead);
        out.append(" ".repeat(ITEM_INDENT)).append(style.mark(section)).append(' ').append(lead)
                .append(Wrapping.hanging(clean(finding.message()), WIDTH - used, detailIndent, WIDTH)).append('\n');
        for (Line line : lines(checked, section, finding)) {
            String label = line.label().isEmpty() ? "" : String.format(LABEL_FORMAT, line.label());
            int indent = detailIndent + label.length();
            out.append(" ".repeat(detailIndent)).append(style.paint(TextStyle.DIM, label))
                    .append(Wrapping.hanging(clean(line.text()), WIDTH - indent, indent, WIDTH)).append('\n');
        }
    }

    /** What is said under a finding: why, what was read, how to fix it, where the rule is. */
    private static List<Line> lines(CheckedDesign checked, Section section, Finding finding) {
        List<Line> lines = new ArrayList<>();
        if (section == Section.WAIVED) {
            finding.waiver().ifPresent(waiver -> lines.add(new Line("", Explanation.waiver(waiver))));
        } else {
            String why = Explanation.why(finding);
            if (!why.isBlank()) {
                lines.add(new Line("why:", why + designLine(checked, finding)));
            }
            if (Explanation.valuesAddToDetail(finding)) {
                lines.add(new Line("read:", Explanation.values(finding.values())));
            }
            if (section != Section.ERRORS && !finding.remediation().isBlank()) {
                lines.add(new Line("fix:", finding.remediation()));
            }
        }
        if (!finding.location().isBlank()) {
            lines.add(new Line("at:", finding.location()));
        }
        return lines;
    }

    // The design line the rule read, when it read something: the header names the file.
    private static String designLine(CheckedDesign checked, Finding finding) {
        if (finding.values().isEmpty()) {
            return "";
        }
        return " (line " + DesignField.of(checked.design(), finding).position().line() + ")";
    }

    private void attestations(StringBuilder out, Evaluation evaluation) {
        List<AttestationCheck> open = evaluation.attestations().stream()
                .filter(check -> !check.status().isSatisfied()).toList();
        if (open.isEmpty()) {
            return;
        }
        out.append("  ").append(style.paint(TextStyle.BOLD, "open attestations")).append('\n');
        for (AttestationCheck check : open) {
            String lead = " ".repeat(ITEM_INDENT) + clean(check.stage()) + ": " + clean(check.id()) + " "
                    + check.status().name() + " " + style.dash() + " ";
            int indent = ITEM_INDENT + 2;
            out.append(lead).append(Wrapping.hanging(clean(check.question()), WIDTH - Wrapping.length(lead),
                    indent, WIDTH)).append('\n');
        }
    }

    private String overall(List<CheckedDesign> designs) {
        Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
        designs.forEach(checked -> counts.merge(checked.evaluation().decision(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((decision, count) -> parts.add(count + " " + style.decision(decision)));
        return designs.size() + " designs: " + String.join(", ", parts);
    }

    private static String shortCommit(String commit) {
        return commit.matches("[0-9a-f]{40}|[0-9a-f]{64}") ? commit.substring(0, 7) : commit;
    }

    private static String clean(String text) {
        return Optional.ofNullable(text).map(Wrapping::clean).orElse("");
    }

    /** A labelled line under a finding; an empty label for a line that speaks for itself. */
    private record Line(String label, String text) {
    }
}
