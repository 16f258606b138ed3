package dev.tenet.engine.expression;

import java.util.stream.IntStream;

/**
 * An expression's CEL text as code points (CEL's own unit for offsets and columns), read just far
 * enough to find where each field name of a select chain is written.
 */
final class ExpressionText {

    private final int[] codePoints;
    private final int[] lineStarts;

    ExpressionText(String source) {
        this.codePoints = source.codePoints().toArray();
        this.lineStarts = IntStream.concat(IntStream.of(0),
                IntStream.range(0, codePoints.length).filter(i -> codePoints[i] == '\n').map(i -> i + 1)).toArray();
    }

    int length() {
        return codePoints.length;
    }

    /** The offset of a CEL source location: 1-based line, 0-based column. */
    int offset(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return 0;
        }
        return Math.min(codePoints.length, lineStarts[line - 1] + Math.max(0, column));
    }

    /**
     * Where {@code field} starts in {@code .field} written from {@code from} on (spaces and comments
     * allowed around the dot), or -1 when the text there says something else.
     */
    int fieldAfter(int from, String field) {
        int dot = skipSpace(from);
        if (at(dot) != '.') {
            return -1;
        }
        int start = skipSpace(dot + 1);
        return startsWith(start, field) ? start : -1;
    }

    /** Where the key starts inside a string literal written at {@code literal}: after its prefix and quotes. */
    int keyStart(int literal) {
        int at = literal;
        if (at(at) == 'r' || at(at) == 'R') {
            at++;
        }
        int quote = at(at);
        return at(at + 1) == quote && at(at + 2) == quote ? at + 3 : at + 1;
    }

    /** The offset just after {@code [literal]}, given where the literal starts; -1 if it does not close. */
    int afterIndex(int literal) {
        int end = skipString(literal);
        int close = end < 0 ? -1 : skipSpace(end);
        return close >= 0 && at(close) == ']' ? close + 1 : -1;
    }

    /** The length of {@code name} in code points. */
    static int length(String name) {
        return name.codePointCount(0, name.length());
    }

    private int skipString(int literal) {
        boolean raw = at(literal) == 'r' || at(literal) == 'R';
        int at = raw ? literal + 1 : literal;
        int quote = at(at);
        boolean triple = at(at + 1) == quote && at(at + 2) == quote;
        at += triple ? 3 : 1;
        while (at < codePoints.length) {
            if (!raw && at(at) == '\\') {
                at += 2;
            } else if (at(at) == quote && (!triple || at(at + 1) == quote && at(at + 2) == quote)) {
                return at + (triple ? 3 : 1);
            } else {
                at++;
            }
        }
        return -1;
    }

    private int skipSpace(int from) {
        int at = from;
        while (at < codePoints.length) {
            int c = codePoints[at];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                at++;
            } else if (c == '/' && at(at + 1) == '/') {
                while (at < codePoints.length && codePoints[at] != '\n') {
                    at++;
                }
            } else {
                break;
            }
        }
        return at;
    }

    private boolean startsWith(int at, String name) {
        int i = at;
        for (int offset = 0; offset < name.length(); ) {
            int c = name.codePointAt(offset);
            if (at(i++) != c) {
                return false;
            }
            offset += Character.charCount(c);
        }
        return true;
    }

    private int at(int offset) {
        return offset >= 0 && offset < codePoints.length ? codePoints[offset] : -1;
    }
}
