package dev.tenet.engine.cli;

import dev.tenet.engine.diff.BundleDiff;
import dev.tenet.engine.diff.DecisionChanges;
import dev.tenet.engine.diff.DesignFolder;
import dev.tenet.engine.diff.DiffReport;
import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitException;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code tenet diff}: what changed in the policies between two revisions, and whose decision it changes. */
@Command(name = "diff", sortOptions = false,
        description = "Show the policies added, removed and changed between two git revisions and, with --designs,"
                + " the designs whose decision or risk tier changes.",
        footer = {"", "Exit status: 0, or 2 for bad input (an unknown revision, a library that does not load)."})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "REV1", description = "The older revision (branch, tag, commit).")
    String from;

    @Parameters(index = "1", paramLabel = "REV2", description = "The newer revision.")
    String to;

    @Option(names = "--policies", paramLabel = "DIR", defaultValue = "policies",
            description = "The policy library folder in the repository (default: ${DEFAULT-VALUE}).")
    Path policies;

    @Option(names = "--designs", paramLabel = "DIR",
            description = "A folder of WorkloadDesign files to evaluate against both revisions.")
    Path designs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Evaluate the designs as on this day (default: today).")
    LocalDate date;

    private final Terminal terminal;

    DiffCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<WorkloadDesign> read = designs == null ? List.of() : designs();
        // the folder may be gone from the working tree and still exist at both revisions
        try (GitRepository repository = GitRepository.open(Files.exists(policies) ? policies : Path.of(""))) {
            String folder = repository.pathOf(policies);
            PolicyBundle older = load(repository, from, folder);
            PolicyBundle newer = load(repository, to, folder);
            BundleDiff diff = BundleDiff.between(older, newer);
            if (designs == null) {
                terminal.print(format == Format.json ? DiffReport.json(diff) : DiffReport.text(diff));
            } else {
                DecisionChanges changes = DecisionChanges.of(older, newer, read, date != null ? date : LocalDate.now());
                terminal.print(format == Format.json ? DiffReport.json(diff, changes) : DiffReport.text(diff, changes));
            }
            return 0;
        } catch (GitException e) {
            throw new UserError(e.getMessage());
        }
    }

    private List<WorkloadDesign> designs() {
        ReadResult<List<WorkloadDesign>> result = DesignFolder.read(designs);
        if (!result.isSuccess()) {
            throw new UserError(result.problems());
        }
        result.problems().forEach(problem -> terminal.warn(problem.toString()));
        return result.value();
    }

    private static PolicyBundle load(GitRepository repository, String revision, String folder) {
        ReadResult<PolicyBundle> result = new BundleLoader().load(LibrarySource.git(repository, revision, folder));
        if (!result.isSuccess()) {
            throw new UserError("the policies at " + revision + " do not load:\n" + result.problems().stream()
                    .filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("\n")));
        }
        return result.value();
    }
}
