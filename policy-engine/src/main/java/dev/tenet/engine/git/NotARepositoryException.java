package dev.tenet.engine.git;

/** The folder given is neither inside a git working tree nor a bare repository. */
public final class NotARepositoryException extends GitException {

    private static final long serialVersionUID = 1L;

    /** {@code not a git repository: /x (run git init, or pass a folder without --ref)}. */
    public NotARepositoryException(String folder) {
        super("not a git repository: " + folder + " (run git init, or pass a folder without --ref)");
    }
}
