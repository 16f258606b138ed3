package dev.tenet.engine.expression;

/**
 * Finds where each character of a YAML scalar's value was written in its file, undoing what YAML
 * does between the two: quotes and escapes, block indentation and line folding.
 *
 * <p>It walks the file from where the scalar starts and matches the value against it one code point
 * at a time, skipping what YAML drops (indentation, folded line breaks). When the two cannot be
 * matched it gives up, and the caller falls back to an approximation.
 */
final class ScalarAligner {

    private enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, BLOCK }

    private final FileText file;
    private final int[] value;
    private final int[] offsets;
    private Style style = Style.PLAIN;
    private int indent;
    private int cursor;

    private ScalarAligner(FileText file, int[] value) {
        this.file = file;
        this.value = value;
        this.offsets = new int[value.length];
    }

    /** The file offset of each code point of {@code value}, or null when they cannot be matched. */
    static int[] align(FileText file, int start, int[] value) {
        ScalarAligner aligner = new ScalarAligner(file, value);
        return aligner.begin(start) && aligner.matchAll() ? aligner.offsets : null;
    }

    private boolean begin(int start) {
        int first = file.at(start);
        if (first == '|' || first == '>') {
            style = Style.BLOCK;
            cursor = file.nextLineStart(start);
            if (cursor < 0) {
                return false;
            }
            indent = firstContentIndent(cursor);
            skipIndent();
            return true;
        }
        style = first == '\'' ? Style.SINGLE_QUOTED : first == '"' ? Style.DOUBLE_QUOTED : Style.PLAIN;
        cursor = style == Style.PLAIN ? start : start + 1;
        return true;
    }

    private boolean matchAll() {
        for (int i = 0; i < value.length; i++) {
            if (!match(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean match(int index) {
        int expected = value[index];
        while (true) {
            int found = file.at(cursor);
            if (found < 0) {
                offsets[index] = Math.max(0, file.length() - 1);
                return FileText.isSpace(expected);
            }
            if (style == Style.DOUBLE_QUOTED && found == '\\') {
                if (FileText.isBreak(file.at(cursor + 1))) {
                    cursor++;
                    skipLineBreakAndSpaces();
                    continue;
                }
                return escape(index, expected);
            }
            if (style == Style.SINGLE_QUOTED && found == '\'' && file.at(cursor + 1) == '\'') {
                offsets[index] = cursor;
                cursor += 2;
                return expected == '\'';
            }
            if (found == expected) {
                offsets[index] = cursor;
                advance();
                return true;
            }
            if (FileText.isSpace(found)) {
                advance();
            } else if (FileText.isSpace(expected)) {
                offsets[index] = cursor;
                return true;
            } else {
                return false;
            }
        }
    }

    private boolean escape(int index, int expected) {
        int kind = file.at(cursor + 1);
        int digits = kind == 'x' ? 2 : kind == 'u' ? 4 : kind == 'U' ? 8 : 0;
        int produced = digits > 0 ? hex(cursor + 2, digits) : simpleEscape(kind);
        offsets[index] = cursor;
        cursor += 2 + digits;
        return produced == expected;
    }

    private int hex(int from, int digits) {
        int result = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = Character.digit(file.at(i), 16);
            if (digit < 0) {
                return -1;
            }
            result = result * 16 + digit;
        }
        return result;
    }

    private static int simpleEscape(int kind) {
        return switch (kind) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> '\r';
            case 'e' -> 27;
            case 'N' -> 0x85;
            case '_' -> 0xA0;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            case ' ', '"', '/', '\\' -> kind;
            default -> -1;
        };
    }

    /** Moves past one code point; in a block scalar, past the indentation of the line a break starts. */
    private void advance() {
        int passed = file.at(cursor++);
        boolean endsLine = passed == '\n' || passed == '\r' && file.at(cursor) != '\n';
        if (style == Style.BLOCK && endsLine) {
            skipIndent();
        }
    }

    private void skipLineBreakAndSpaces() {
        if (file.at(cursor) == '\r' && file.at(cursor + 1) == '\n') {
            cursor++;
        }
        cursor++;
        while (file.at(cursor) == ' ' || file.at(cursor) == '\t') {
            cursor++;
        }
    }

    private void skipIndent() {
        for (int skipped = 0; skipped < indent && file.at(cursor) == ' '; skipped++) {
            cursor++;
        }
    }

    /** A block scalar's indentation: that of its first line that is not blank. */
    private int firstContentIndent(int lineStart) {
        int at = lineStart;
        while (at >= 0 && at < file.length()) {
            int spaces = 0;
            while (file.at(at + spaces) == ' ') {
                spaces++;
            }
            if (!FileText.isBreak(file.at(at + spaces))) {
                return spaces;
            }
            at = file.nextLineStart(at);
        }
        return 0;
    }
}
