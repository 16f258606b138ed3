package dev.tenet.web.submission;

/**
 * A workflow action refused: the aggregate's rules say no. {@link Kind} tells the web layer which
 * status to answer with; the message tells the person why and what would make it possible.
 */
public final class WorkflowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why an action is refused. */
    public enum Kind {
        /** The person may not do this (role, ownership, separation of duties): 403. */
        FORBIDDEN,
        /** The design is not in a state or stage where this can happen: 409. */
        CONFLICT,
        /** The request itself is wrong (an unknown rule, a past expiry date): 400. */
        INVALID
    }

    private final Kind kind;

    private WorkflowException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static WorkflowException forbidden(String message) {
        return new WorkflowException(Kind.FORBIDDEN, message);
    }

    static WorkflowException conflict(String message) {
        return new WorkflowException(Kind.CONFLICT, message);
    }

    static WorkflowException invalid(String message) {
        return new WorkflowException(Kind.INVALID, message);
    }

    /** Why the action is refused. */
    public Kind kind() {
        return kind;
    }
}
