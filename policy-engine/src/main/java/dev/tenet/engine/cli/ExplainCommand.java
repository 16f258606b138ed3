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
        WorkloadDesign read = new Designs().read(List.of(design)).get(0);
        PolicyBundle bundle = policies.load(terminal::warn);
        Evaluation evaluation = new Evaluator().evaluate(bundle,
                EvaluationInput.of(read, date != null ? date : LocalDate.now()));
        Finding finding = evaluation.findings().stream().filter(f -> f.key().equals(rule)).findFirst()
                .orElseThrow(() -> new UserError("no rule '" + rule + "' in the policies at " + bundle.commit()
                        + Suggestions.hint(rule, evaluation.findings().stream().map(Finding::key).toList())
                        + "; name it as policy-id/rule-id"));
        terminal.print(explain(finding, read));
        return 0;
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
