package dev.tenet.model.yaml;

import dev.tenet.model.Problem;

/**
 * Stops composing a document the moment it passes a limit. Thrown through SnakeYAML's composer and
 * caught by the reader, which turns it back into its problem; it never leaves this package.
 */
final class Refusal extends RuntimeException {

    private final transient Problem problem;

    Refusal(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
