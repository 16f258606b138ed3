package dev.tenet.model;

/**
 * A place in a source file, 1-based in both line and column, as editors and compilers show it.
 *
 * <p>Parsers that count from zero convert once, where they read the file; everything downstream
 * of the reader speaks 1-based positions.
 */
public record Position(int line, int column) implements Comparable<Position> {

    /** The start of a file: line 1, column 1. Used for problems that concern the file as a whole. */
    public static final Position START = new Position(1, 1);

    public Position {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based, got " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(Position other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
