package dev.tenet.engine.cli;

import dev.tenet.model.Problem;

import java.util.List;

/**
 * A mistake in what the user asked for (a missing file, a bad YAML document, an unknown revision):
 * printed as its problems, one per line, exit code 2, never a stack trace.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    UserError(String message) {
        super(message, null, false, false);
        this.problems = List.of();
    }

    UserError(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** The lines to print. */
    List<String> lines() {
        return problems.isEmpty() ? List.of(getMessage()) : problems.stream().map(Problem::toString).toList();
    }
}
