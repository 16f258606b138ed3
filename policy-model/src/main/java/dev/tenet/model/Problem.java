package dev.tenet.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong with a file that a person can fix: where it is and what to do about it.
 *
 * <p>Problems are values, never exceptions. They print as {@code file:line:column: message}, the
 * form editors and CI annotations understand, and sort by file, then position.
 *
 * @param file     the file as the user named it (a path relative to where they work, or a git path)
 * @param position where in the file, 1-based
 * @param level    whether it stops the file from being used
 * @param message  what is wrong and, where it helps, how to fix it
 */
public record Problem(String file, Position position, Level level, String message) implements Comparable<Problem> {

    /** How serious a problem is. */
    public enum Level {
        /** The file cannot be used until this is fixed. */
        ERROR,
        /** The file can be used, but something looks wrong. */
        WARNING
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::position)
            .thenComparing(Problem::level)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    /** An error at a position. */
    public static Problem error(String file, Position position, String message) {
        return new Problem(file, position, Level.ERROR, message);
    }

    /** A warning at a position. */
    public static Problem warning(String file, Position position, String message) {
        return new Problem(file, position, Level.WARNING, message);
    }

    /** Whether this problem stops the file from being used. */
    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:line:column: message}, with {@code warning: } before warnings' messages. */
    @Override
    public String toString() {
        return file + ":" + position + ": " + (level == Level.WARNING ? "warning: " : "") + message;
    }
}
