package dev.tenet.policies;

import dev.tenet.engine.cli.TenetCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** The {@code tenet} command line, run in this JVM with its output captured. */
final class Tenet {

    private Tenet() {
    }

    /** Runs {@code tenet ARGS...} and returns what it printed and its exit status. */
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            exitCode = TenetCli.run(args, outWriter, errWriter);
        }
        return new Run(List.of(args), exitCode, out.toString(), err.toString());
    }

    /** One finished command: what was run, its exit status, standard output and standard error. */
    record Run(List<String> args, int exitCode, String out, String err) {

        /** The last non-blank line of standard output, or the empty string. */
        String lastLine() {
            return out.strip().lines().reduce((first, second) -> second).orElse("");
        }

        /** The command, its exit status and everything it printed, for a failure message. */
        String transcript() {
            return "$ tenet " + String.join(" ", args) + "\n"
                    + out + (out.endsWith("\n") || out.isEmpty() ? "" : "\n")
                    + (err.isEmpty() ? "" : "--- stderr ---\n" + err)
                    + "(exit " + exitCode + ")";
        }
    }
}
