package dev.tenet.engine.git;

/** A revision (branch, tag, commit id, {@code HEAD~2}, ...) names no commit of the repository. */
public final class UnknownRevisionException extends GitException {

    private static final long serialVersionUID = 1L;

    private final String revision;

    /** An exception for {@code revision}, with the whole message for the user. */
    public UnknownRevisionException(String revision, String message) {
        super(message);
        this.revision = revision;
    }

    /** The revision as the user wrote it. */
    public String revision() {
        return revision;
    }
}
