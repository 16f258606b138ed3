package dev.tenet.engine.cli;

import java.io.PrintWriter;

/**
 * Where a command prints: results to standard output, warnings and errors to standard error, and
 * whether colour is welcome (a terminal, and {@code NO_COLOR} unset).
 */
record Terminal(PrintWriter out, PrintWriter err, boolean colour) {

    void print(String text) {
        out.print(text);
        out.flush();
    }

    void warn(String line) {
        err.println(line);
        err.flush();
    }
}
