package dev.tenet.engine.expression;

import dev.tenet.model.Position;

import java.util.Arrays;

/**
 * A YAML file's text as code points, turning offsets into 1-based positions and back the way the
 * model's reader does: lines break at {@code \n}, {@code \r\n} and {@code \r}; columns count code
 * points.
 */
final class FileText {

    private final int[] codePoints;
    private final int[] lineStarts;
    private final int lineCount;

    FileText(String text) {
        this.codePoints = text.codePoints().toArray();
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c == '\n' || c == '\r' && (i + 1 == codePoints.length || codePoints[i + 1] != '\n')) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = lines;
    }

    int length() {
        return codePoints.length;
    }

    /** The code point at an offset, or -1 past the end. */
    int at(int offset) {
        return offset >= 0 && offset < codePoints.length ? codePoints[offset] : -1;
    }

    /** The offset of a position, or -1 when the file has no such place. */
    int offsetOf(Position position) {
        if (position.line() > lineCount) {
            return -1;
        }
        int offset = lineStarts[position.line() - 1] + position.column() - 1;
        int lineEnd = position.line() < lineCount ? lineStarts[position.line()] : codePoints.length;
        return offset < lineEnd ? offset : -1;
    }

    /** The position of an offset; the end of the file for an offset past it. */
    Position positionOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, codePoints.length));
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, clamped);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line + 1, clamped - lineStarts[line] + 1);
    }

    /** The start of the line after the one holding {@code offset}, or -1 on the last line. */
    int nextLineStart(int offset) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
        int line = found >= 0 ? found : -found - 2;
        return line + 1 < lineCount ? lineStarts[line + 1] : -1;
    }

    static boolean isBreak(int c) {
        return c == '\n' || c == '\r';
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || isBreak(c);
    }
}
