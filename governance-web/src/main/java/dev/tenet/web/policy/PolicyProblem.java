package dev.tenet.web.policy;

import dev.tenet.model.Problem;

/**
 * One reason a policy commit does not load, where an editor shows it: a file of the repository,
 * 1-based line and column, and what is wrong there. Warnings start with {@code warning: }.
 *
 * @param file    the file's path in the repository ({@code policies/privacy-security/x.yaml})
 * @param line    the line, from 1
 * @param column  the column, from 1
 * @param message what is wrong and, where it helps, how to fix it
 */
public record PolicyProblem(String file, int line, int column, String message) {

    static PolicyProblem of(Problem problem) {
        return new PolicyProblem(problem.file(), problem.position().line(), problem.position().column(),
                (problem.isError() ? "" : "warning: ") + problem.message());
    }

    /** {@code file:line:column: message}, the form editors and CI annotations understand. */
    public String text() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
