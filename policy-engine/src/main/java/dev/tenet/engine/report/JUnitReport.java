package dev.tenet.engine.report;

import dev.tenet.model.Enforcement;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code tenet check --format junit}: JUnit XML as CI servers read it. One {@code <testsuite>} per
 * design, named by its file, with one {@code <testcase classname="policy" name="rule">} per finding.
 *
 * <p>The result matches the exit code: a test fails exactly when the finding makes the design
 * blocked or in need of a waiver. So a failed hard- or soft-mandatory rule is a {@code <failure>}
 * and one that could not be evaluated an {@code <error>}, while an advisory rule's failure or error
 * is a passing test whose {@code <system-out>} carries the advice, since advice never blocks.
 * Waived and not-applicable rules are skipped. Open attestations, which do not change the decision,
 * are listed in the suite's {@code <system-out>}. No timestamps or durations, so the same designs
 * give the same bytes.
 */
public final class JUnitReport implements Report {

    @Override
    public String render(List<CheckedDesign> designs) {
        List<Tally> tallies = designs.stream().map(checked -> Tally.of(checked.evaluation())).toList();
        Tally total = tallies.stream().reduce(Tally.NONE, Tally::plus);
        XmlWriter xml = new XmlWriter().start("testsuites", counts("tenet check", total));
        for (int i = 0; i < designs.size(); i++) {
            suite(xml, designs.get(i), tallies.get(i));
        }
        return xml.end().finish();
    }

    private static void suite(XmlWriter xml, CheckedDesign checked, Tally tally) {
        Evaluation evaluation = checked.evaluation();
        xml.start("testsuite", counts(checked.file(), tally));
        xml.start("properties")
                .empty("property", "name", "design", "value", checked.design().team() + "/" + checked.design().name())
                .empty("property", "name", "decision", "value", evaluation.decision().name())
                .empty("property", "name", "tier", "value", evaluation.tier().id())
                .empty("property", "name", "policyCommit", "value", evaluation.policyCommit())
                .end();
        for (Finding finding : evaluation.findings()) {
            testcase(xml, checked, finding);
        }
        List<AttestationCheck> open = evaluation.attestations().stream()
                .filter(check -> !check.status().isSatisfied()).toList();
        if (!open.isEmpty()) {
            xml.text("system-out", "Open attestations (each review stage checks its own; they do not change "
                    + "the decision):\n" + open.stream()
                    .map(check -> check.stage() + ": " + check.id() + " " + check.status() + " - " + check.question())
                    .collect(Collectors.joining("\n")));
        }
        xml.end();
    }

    private static void testcase(XmlWriter xml, CheckedDesign checked, Finding finding) {
        if (finding.outcome() == Outcome.PASS) {
            xml.empty("testcase", "classname", finding.policy(), "name", finding.rule());
            return;
        }
        xml.start("testcase", "classname", finding.policy(), "name", finding.rule());
        boolean advisory = finding.enforcement() == Enforcement.ADVISORY;
        switch (finding.outcome()) {
            case PASS -> throw new IllegalStateException("a passing test case has no content");
            case FAIL -> {
                if (advisory) {
                    xml.text("system-out", "Advice (advisory, never blocks): " + Explanation.paragraph(finding));
                } else {
                    xml.text("failure", body(checked, finding), "message", finding.message(),
                            "type", finding.enforcement().id());
                }
            }
            case ERROR -> {
                if (advisory) {
                    xml.text("system-out", "Could not evaluate (advisory, never blocks): "
                            + Explanation.sentences(finding.message(), finding.detail()));
                } else {
                    xml.text("error", body(checked, finding), "message", finding.message(),
                            "type", finding.enforcement().id());
                }
            }
            case NOT_APPLICABLE -> xml.empty("skipped", "message",
                    finding.detail().isBlank() ? "Not applicable" : "Not applicable: " + finding.detail());
            case WAIVED -> xml.empty("skipped", "message", finding.waiver()
                    .map(Explanation::waiver).orElse("waived"));
        }
        xml.end();
    }

    private static String body(CheckedDesign checked, Finding finding) {
        List<String> lines = new ArrayList<>();
        String why = Explanation.why(finding);
        if (!why.isBlank()) {
            lines.add(why);
        }
        if (!finding.remediation().isBlank() && finding.outcome() == Outcome.FAIL) {
            lines.add("Fix: " + finding.remediation());
        }
        if (!finding.values().isEmpty()) {
            lines.add("Values: " + Explanation.values(finding.values()));
        }
        DesignField field = DesignField.of(checked.design(), finding);
        lines.add("Design: " + checked.file() + ":" + field.position() + " (" + field.path() + ")");
        if (!finding.location().isBlank()) {
            lines.add("Rule: " + finding.location());
        }
        return String.join("\n", lines);
    }

    private static String[] counts(String name, Tally tally) {
        return new String[] {"name", name, "tests", String.valueOf(tally.tests()),
            "failures", String.valueOf(tally.failures()), "errors", String.valueOf(tally.errors()),
            "skipped", String.valueOf(tally.skipped())};
    }

    /** A suite's counts, as JUnit counts them: advice passes, waived and not applicable are skipped. */
    private record Tally(int tests, int failures, int errors, int skipped) {

        static final Tally NONE = new Tally(0, 0, 0, 0);

        static Tally of(Evaluation evaluation) {
            int failures = 0;
            int errors = 0;
            int skipped = 0;
            for (Finding finding : evaluation.findings()) {
                boolean blocking = finding.enforcement() != Enforcement.ADVISORY;
                Outcome outcome = finding.outcome();
                failures += outcome == Outcome.FAIL && blocking ? 1 : 0;
                errors += outcome == Outcome.ERROR && blocking ? 1 : 0;
                skipped += outcome == Outcome.NOT_APPLICABLE || outcome == Outcome.WAIVED ? 1 : 0;
            }
            return new Tally(evaluation.findings().size(), failures, errors, skipped);
        }

        Tally plus(Tally other) {
            return new Tally(tests + other.tests, failures + other.failures, errors + other.errors,
                    skipped + other.skipped);
        }
    }
}
