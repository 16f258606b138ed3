package dev.tenet.engine.git;

/** A revision (branch, tag, commit id, {@code HEAD~2}, ...) names no commit of the repository. */
public final class UnknownRevisionException extends GitException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String location;

    /** An exception for {@code revision}, with the whole message for the user. */
    public UnknownRevisionException(String revision, String message) {
        this(revision, message, "");
    }

    /**
     * An exception for {@code revision} in the repository at {@code location}, which the message
     * names as {@code " in " + location}.
     */
    public UnknownRevisionException(String revision, String message, String location) {
        super(message);
        this.revision = revision;
        this.location = location;
    }

    /**
     * The message without the repository's location on disk, for people who should not learn the
     * server's folders (an HTTP answer): {@code no revision 'x': try a branch, tag or commit id}.
     */
    public String messageWithoutLocation() {
        return location.isEmpty() ? getMessage() : getMessage().replace(" in " + location, "");
    }

    /** The revision as the user wrote it. */
    public String revision() {
        return revision;
    }
}
