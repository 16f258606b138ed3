package dev.tenet.engine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * The {@code tenet} command line. It only parses arguments and prints: everything a command does is
 * callable from Java through the engine's packages.
 *
 * <p>Exit status: 0 success, 1 a finding or test failure the command reports, 2 a mistake in the
 * input (an unknown option, a missing file, a bad document, an unknown revision), 3 a bug in
 * Tenet. A user's mistake is printed as {@code file:line:column: message}, never a stack trace.
 */
@Command(name = "tenet", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Responsible-AI policy as code: check designs, test and lint policies, diff revisions.",
        subcommandsRepeatable = false)
public final class TenetCli implements Runnable {

    static final int BAD_INPUT = 2;
    static final int BUG = 3;

    private TenetCli() {
    }

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        System.exit(run(args, new Terminal(out, err, colour)));
    }

    /** Runs the command line against a terminal and returns its exit status; never exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, new Terminal(out, err, false));
    }

    static int run(String[] args, Terminal terminal) {
        CommandLine cli = new CommandLine(new TenetCli());
        cli.addSubcommand(new CommandLine(new CheckCommand(terminal)));
        cli.addSubcommand(new CommandLine(new TestCommand(terminal)));
        cli.addSubcommand(new CommandLine(new ExplainCommand(terminal)));
        cli.addSubcommand(new CommandLine(new LintCommand(terminal)));
        cli.addSubcommand(new CommandLine(new DiffCommand(terminal)));
        cli.addSubcommand(new CommandLine(new DocsCommand(terminal)));
        cli.setOut(terminal.out()).setErr(terminal.err());
        cli.setParameterExceptionHandler(TenetCli::badArguments);
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, terminal));
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new ParameterException(new CommandLine(this), "name a command: check, test, lint, diff or explain");
    }

    private static int badArguments(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine command, Terminal terminal) {
        if (e instanceof UserError error) {
            error.lines().forEach(terminal::warn);
            return BAD_INPUT;
        }
        if (e instanceof NoSuchFileException missing) {
            terminal.warn(missing.getFile() + ": no such file");
            return BAD_INPUT;
        }
        terminal.warn(command.getCommandSpec().qualifiedName() + ": internal error: " + e
                + " — this is a bug in Tenet; please report it with the command you ran");
        if (System.getenv("TENET_DEBUG") != null) {
            e.printStackTrace(terminal.err());
        }
        return BUG;
    }
}
