package dev.tenet.engine.git;

import java.util.Objects;

/**
 * A file of a commit's tree. Files over the size limit are listed with their size but not read,
 * so that the caller can report them instead of holding them in memory.
 *
 * <p>The content array is the caller's own copy; records compare arrays by identity, so compare
 * files by path and content explicitly.
 *
 * @param path    the path from the repository root, with {@code /} between folders
 * @param size    the file's size in bytes
 * @param content the file's bytes, or an empty array when it was too large to read
 */
public record TreeFile(String path, long size, byte[] content) {

    public TreeFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** A file that was read. */
    public static TreeFile read(String path, byte[] content) {
        return new TreeFile(path, content.length, content);
    }

    /** A file over the size limit, left unread. */
    public static TreeFile oversized(String path, long size) {
        return new TreeFile(path, size, new byte[0]);
    }

    /** Whether the file was over the size limit and its content left unread. */
    public boolean isOversized() {
        return content.length != size;
    }
}
