package dev.tenet.engine.cli;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.report.CheckedDesign;
import dev.tenet.engine.report.JUnitReport;
import dev.tenet.engine.report.JsonReport;
import dev.tenet.engine.report.Report;
import dev.tenet.engine.report.SarifReport;
import dev.tenet.engine.report.TextReport;
import dev.tenet.model.Waiver;
import dev.tenet.model.WorkloadDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tenet check}: evaluates designs against the policies and prints the findings. */
@Command(name = "check", sortOptions = false,
        description = "Evaluate workload designs against the policies.",
        footer = {"", "Exit status: 0 pass or advice only, 1 a design is blocked or needs a waiver, 2 bad input."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit }

    @Parameters(paramLabel = "DESIGN", arity = "1..*", description = "WorkloadDesign files to evaluate.")
    List<Path> designs;

    @Mixin
    PolicyOptions policies;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "A Waivers file of waivers granted to the designs (may be repeated).")
    List<Path> waiverFiles = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Evaluate as on this day, which decides whether waivers have expired (default: today).")
    LocalDate date;

    private final Terminal terminal;

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Designs reader = new Designs(terminal::warn);
        List<WorkloadDesign> read = reader.read(designs);
        List<Waiver> waivers = reader.waivers(waiverFiles);
        PolicyBundle bundle = policies.load(terminal::warn);
        LocalDate today = date != null ? date : LocalDate.now();
        Evaluator evaluator = new Evaluator();
        List<CheckedDesign> checked = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            WorkloadDesign design = read.get(i);
            checked.add(new CheckedDesign(designs.get(i).toString(), design,
                    evaluator.evaluate(bundle, EvaluationInput.of(design, today).withWaivers(waivers))));
        }
        terminal.print(report().render(checked));
        boolean blocked = checked.stream().anyMatch(c -> !c.evaluation().decision().permitsApproval());
        return blocked ? 1 : 0;
    }

    private Report report() {
        return switch (format) {
            case text -> new TextReport(terminal.colour());
            case json -> new JsonReport();
            case sarif -> new SarifReport(Version.current());
            case junit -> new JUnitReport();
        };
    }
}
