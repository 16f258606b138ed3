package dev.tenet.engine.cli;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.testing.CaseResult;
import dev.tenet.engine.testing.PolicyTestRunner;
import dev.tenet.engine.testing.TestResults;
import dev.tenet.engine.report.TestResultsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code tenet test}: runs every PolicyTest of a library. */
@Command(name = "test", sortOptions = false,
        description = "Run every policy test (*_test.yaml) of a policy library.",
        footer = {"", "The last line is 'N passed, N failed'. Exit status: 0 all pass, 1 a failure, 2 bad input."})
final class TestCommand implements Callable<Integer> {

    enum Format { text, json, junit }

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "policies",
            description = "The policy library folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--ref", paramLabel = "REV", description = "Test the library at this git revision.")
    String ref;

    @Option(names = "--run", paramLabel = "REGEX",
            description = "Run only the cases whose test file, policy id, test name or case name matches (a regular expression).")
    Pattern run;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Run as on this day, which decides whether waivers have expired (default: today).")
    LocalDate date;

    private final Terminal terminal;

    TestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PolicyBundle bundle = PolicyOptions.load(folder, ref, terminal::warn);
        TestResults results = new PolicyTestRunner().run(bundle, date != null ? date : LocalDate.now(),
                run != null ? run : Pattern.compile(""));
        switch (format) {
            case json -> terminal.print(TestResultsReport.json(results));
            case junit -> terminal.print(TestResultsReport.junit(results));
            case text -> printText(results);
        }
        return results.failed() == 0 ? 0 : 1;
    }

    private void printText(TestResults results) {
        StringBuilder text = new StringBuilder();
        for (CaseResult result : results.failures()) {
            text.append("FAIL ").append(result.location()).append(' ').append(result.name()).append('\n');
            result.failures().forEach(reason -> text.append("     ").append(reason).append('\n'));
        }
        text.append(results.summary()).append('\n');
        terminal.print(text.toString());
    }
}
