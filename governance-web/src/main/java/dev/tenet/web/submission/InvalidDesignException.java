package dev.tenet.web.submission;

import dev.tenet.model.Problem;

import java.util.List;

/** A submitted WorkloadDesign document that does not read: its problems, each with line and column. */
public final class InvalidDesignException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** A document that does not read; public so that the dry run reports its problems the same way. */
    public InvalidDesignException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid design" : problems.get(0).toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, sorted by position. */
    public List<Problem> problems() {
        return problems;
    }
}
