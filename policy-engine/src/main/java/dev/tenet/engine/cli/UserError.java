package dev.tenet.engine.cli;

import dev.tenet.model.Problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A mistake in what the user asked for (a missing file, a bad YAML document, an unknown revision):
 * printed as its lines, {@code file:line:column: message} where there is a position, exit code 2,
 * never a stack trace.
 */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private UserError(Stream<String> lines) {
        super(lines.collect(Collectors.joining("\n")), null, false, false);
    }

    UserError(String message) {
        this(Stream.of(message));
    }

    /** The errors among the problems, sorted by file and position. */
    UserError(List<Problem> problems) {
        this(errors(problems));
    }

    /** One line per mistake. */
    static UserError of(List<String> lines) {
        return new UserError(lines.stream());
    }

    /** The errors among the problems, after a first line that says what they stop. */
    static UserError of(String heading, List<Problem> problems) {
        return new UserError(Stream.concat(Stream.of(heading), errors(problems)));
    }

    /** Warnings would bury the errors that stopped the command; they are shown only if there is nothing else. */
    private static Stream<String> errors(List<Problem> problems) {
        boolean anyError = problems.stream().anyMatch(Problem::isError);
        return problems.stream().filter(problem -> problem.isError() || !anyError).sorted().map(Problem::toString);
    }

    /** The lines to print. */
    List<String> lines() {
        return getMessage().lines().toList();
    }
}
