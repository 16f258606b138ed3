package dev.tenet.web.policy;

import dev.tenet.model.Problem;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The policy library at a commit does not load: its files have problems. The problems are the
 * policy team's to fix; the message lists each as {@code file:line:column: message}.
 */
public class BrokenPolicyLibraryException extends IllegalStateException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String commit;
    private final transient List<Problem> problems;

    public BrokenPolicyLibraryException(String commit, List<Problem> problems) {
        super("the policy library at " + commit + " does not load:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.commit = commit;
        this.problems = List.copyOf(problems);
    }

    /** The commit that does not load. */
    public String commit() {
        return commit;
    }

    /** Every problem of the library at that commit, sorted by file and position. */
    public List<Problem> problems() {
        return problems;
    }
}
