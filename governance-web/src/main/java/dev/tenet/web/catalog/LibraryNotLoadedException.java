package dev.tenet.web.catalog;

import dev.tenet.model.Problem;

import java.io.Serial;
import java.util.List;

/**
 * The policy library at a commit has errors and does not load, so there is nothing to show or
 * compare there: 422, with every problem at its {@code file:line:column}.
 */
final class LibraryNotLoadedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String ref;
    private final String commit;
    private final transient List<Problem> problems;

    LibraryNotLoadedException(String ref, String commit, List<Problem> problems) {
        super("the policy library at " + ref + " (" + PolicyLibraries.abbreviate(commit) + ") does not load: "
                + (problems.isEmpty() ? "it has errors" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "")), null, false, false);
        this.ref = ref;
        this.commit = commit;
        this.problems = List.copyOf(problems);
    }

    String ref() {
        return ref;
    }

    String commit() {
        return commit;
    }

    List<Problem> problems() {
        return problems;
    }
}
