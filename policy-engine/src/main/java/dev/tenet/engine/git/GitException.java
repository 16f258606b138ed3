package dev.tenet.engine.git;

/**
 * A git repository could not be opened or read. Infrastructure, not a mistake in a policy file:
 * the message says what went wrong and what to try.
 */
public class GitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user. */
    public GitException(String message) {
        super(message);
    }

    /** An exception with a message for the user and the failure underneath. */
    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
