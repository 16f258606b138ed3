package dev.tenet.engine.cli;

import dev.tenet.engine.git.GitException;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.lint.LintReport;
import dev.tenet.engine.lint.Linter;
import dev.tenet.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code tenet lint}: every problem of a policy library, errors and warnings, one per line. */
@Command(name = "lint", sortOptions = false,
        description = "Check a policy library: schema, CEL, design field names, test coverage, risk tiers and,"
                + " with --against, version bumps.",
        footer = {"", "The last line is 'N errors, N warnings'. Exit status: 0 no errors (warnings are printed),"
                + " 1 errors (or warnings with --strict), 2 bad input."})
final class LintCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "policies",
            description = "The policy library folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--against", paramLabel = "REV",
            description = "Fail every policy changed since this git revision whose version is not greater.")
    String against;

    @Option(names = "--strict", description = "Count warnings as errors: exit 1 when there are any.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    private final Terminal terminal;

    LintCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new UserError(folder + ": no such policy folder" + (Files.exists(folder) ? " (it is a file)" : "")
                    + "; pass the library folder, e.g. tenet lint policies");
        }
        List<Problem> problems = against == null ? new Linter().lint(LibrarySource.worktree(folder)) : lintAgainst();
        terminal.print(format == Format.json ? LintReport.json(problems) : LintReport.text(problems));
        return LintReport.fails(problems, strict) ? 1 : 0;
    }

    private List<Problem> lintAgainst() {
        try (GitRepository repository = GitRepository.open(folder)) {
            LibrarySource baseline = LibrarySource.git(repository, against, repository.pathOf(folder));
            return new Linter().lint(LibrarySource.worktree(folder), baseline, against);
        } catch (GitException e) {
            throw new UserError(e.getMessage());
        }
    }
}
