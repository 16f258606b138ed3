package dev.tenet.engine.cli;

import dev.tenet.engine.docs.ReferenceDocument;
import dev.tenet.engine.evaluation.PolicyBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tenet docs}: prints the Markdown reference of a policy library. */
@Command(name = "docs", sortOptions = false,
        description = "Print the Markdown reference of a policy library: every policy, its rules and attestations,"
                + " and which sources and review stages they trace to.",
        footer = {"", "Exit status: 0, or 2 for bad input."})
final class DocsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "policies",
            description = "The policy library folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--ref", paramLabel = "REV", description = "Document the library at this git revision.")
    String ref;

    @Option(names = "--with-commit", description = "Name the commit the reference is generated from.")
    boolean withCommit;

    private final Terminal terminal;

    DocsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PolicyBundle bundle = PolicyOptions.load(folder, ref, terminal::warn);
        terminal.print(ReferenceDocument.markdown(bundle.library(), withCommit));
        return 0;
    }
}
