package dev.tenet.engine.cli;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.Suggestions;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code tenet explain}: one finding with the values its rule read. */
@Command(name = "explain", sortOptions = false,
        description = "Explain one rule's finding for a design: the outcome, why, and the values it read.",
        footer = {"", "Exit status: 0, or 2 for bad input."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DESIGN", description = "The WorkloadDesign file.")
    Path design;

    @Option(names = "--rule", paramLabel = "POLICY/RULE", required = true,
            description = "The rule, as policy-id/rule-id (e.g. privacy.encrypt-personal-data/at-rest).")
    String rule;

    @Mixin
    PolicyOptions policies;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Evaluate as on this day (default: today).")
    LocalDate date;

    private final Terminal terminal;

    ExplainCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        WorkloadDesign read = new Designs(terminal::warn).read(List.of(design)).get(0);
        PolicyBundle bundle = policies.load(terminal::warn);
        Evaluation evaluation = new Evaluator().evaluate(bundle,
                EvaluationInput.of(read, date != null ? date : LocalDate.now()));
        Finding finding = evaluation.findings().stream().filter(f -> f.key().equals(rule)).findFirst()
                .orElseThrow(() -> unknownRule(evaluation.findings()));
        terminal.print(explain(finding, read));
        return 0;
    }

    private UserError unknownRule(List<Finding> findings) {
        List<String> keys = findings.stream().map(Finding::key).toList();
        if (!rule.contains("/")) {
            // a bare rule id: offer the policies that have a rule of that name
            List<String> named = findings.stream().filter(f -> f.rule().equals(rule)).map(Finding::key).toList();
            List<String> examples = named.isEmpty() ? keys.stream().limit(1).toList() : named;
            return new UserError("--rule " + rule + ": name the rule as policy-id/rule-id"
                    + (examples.isEmpty() ? "" : ", e.g. " + String.join(" or ", examples)));
        }
        return new UserError("--rule " + rule + ": no such rule in the policies in " + policies.policies
                + (policies.ref == null ? "" : " at " + policies.ref) + Suggestions.hint(rule, keys));
    }

    private static String explain(Finding finding, WorkloadDesign design) {
        StringBuilder text = new StringBuilder();
        text.append(finding.key()).append("  ").append(finding.outcome()).append('\n');
        line(text, "policy", finding.policy() + " " + finding.policyVersion() + " (" + finding.principle().id() + ", "
                + finding.enforcement().id() + ", severity " + finding.severity().id() + ")");
        line(text, "rule at", finding.location());
        line(text, "message", finding.message());
        if (!finding.detail().isEmpty()) {
            line(text, "why", finding.detail());
        }
        line(text, "fix", finding.remediation());
        if (!finding.values().isEmpty()) {
            text.append("values read:\n");
            for (Map.Entry<String, Object> value : finding.values().entrySet()) {
                String path = value.getKey();
                String field = (path.startsWith("meta.") ? "metadata" : "spec") + path.substring(path.indexOf('.'));
                text.append("  ").append(value.getKey()).append(" = ")
                        .append(value.getValue() == null ? "(not set)" : String.valueOf(value.getValue()))
                        .append("   ").append(design.source().file()).append(':')
                        .append(design.source().nearest(field)).append('\n');
            }
        }
        finding.waiver().ifPresent(waiver -> line(text, "waiver", waiver.justification() + " (until " + waiver.expires()
                + (waiver.approver().isEmpty() ? "" : ", approved by " + waiver.approver()) + ")"));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("%-8s %s%n", label + ":", value).replace(System.lineSeparator(), "\n"));
    }
}
