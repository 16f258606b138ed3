package dev.tenet.engine.git;

import java.util.Objects;

/**
 * A file that differs between two commits. A rename shows as the old path removed and the new one
 * added: policies are compared by id, not by file.
 *
 * @param change how it differs
 * @param path   the file's path from the repository root
 */
public record FileChange(Change change, String path) implements Comparable<FileChange> {

    /** How a file differs between the older and the newer commit. */
    public enum Change {
        /** Only the newer commit has it. */
        ADDED,
        /** Only the older commit has it. */
        REMOVED,
        /** Both have it, with different content. */
        MODIFIED
    }

    public FileChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(path, "path");
    }

    @Override
    public int compareTo(FileChange other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : change.compareTo(other.change);
    }
}
