package dev.tenet.engine.library;

import java.util.Objects;

/**
 * One file of a library source. Files over the size limit carry their size but no content, so the
 * loader can say how large they are without holding them.
 *
 * @param path    the file as problems name it: relative to the current directory for the working
 *                tree when it lies below it, from the repository root for a git commit
 * @param size    the file's size in bytes
 * @param content the file's bytes, or an empty array when it was too large to read
 */
public record SourceFile(String path, long size, byte[] content) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** A file that was read. */
    public static SourceFile of(String path, byte[] content) {
        return new SourceFile(path, content.length, content);
    }

    /** A file over the size limit, left unread. */
    public static SourceFile oversized(String path, long size) {
        return new SourceFile(path, size, new byte[0]);
    }

    /** Whether the file was too large to read. */
    public boolean isOversized() {
        return content.length != size;
    }
}
