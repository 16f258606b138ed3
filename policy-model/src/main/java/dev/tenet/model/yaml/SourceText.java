package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A document's text, checked for characters YAML forbids, that turns SnakeYAML's 0-based code point
 * offsets into 1-based positions.
 *
 * <p>Positions come from the offset, not from SnakeYAML's own line count, so lines break only at
 * {@code \n}, {@code \r\n} and {@code \r}, as in an editor (YAML 1.1 also broke lines at U+0085,
 * U+2028 and U+2029; 1.2 and editors do not). Columns count code points.
 */
final class SourceText {

    private final String text;
    private final int[] lineStarts;
    private final int lineCount;

    private SourceText(String text, int[] lineStarts, int lineCount) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /** The text with its line starts; or a problem at the first character YAML does not allow. */
    static ReadResult<SourceText> of(String file, String text, YamlLimits limits) {
        int[] starts = new int[64];
        int lines = 1;
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!isAllowed(c)) {
                Position at = new Position(lines, index - starts[lines - 1] + 1);
                return ReadResult.failure(List.of(Problem.error(file, at, forbidden(c))));
            }
            if (index >= limits.maxCodePoints()) {
                return ReadResult.failure(List.of(Problem.error(file, Position.START, String.format(Locale.ROOT,
                        "file has more than %,d characters; the limit is %,d", limits.maxCodePoints(),
                        limits.maxCodePoints()))));
            }
            if (c == '\n' || c == '\r' && (i == text.length() || text.charAt(i) != '\n')) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = index + 1;
            }
        }
        return ReadResult.success(new SourceText(text, starts, lines));
    }

    /** The position just after {@code text}: where the next character would be. */
    static Position positionAfter(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new Position(line, column);
    }

    String text() {
        return text;
    }

    /** Lines in the text: one more than its line breaks. */
    int lineCount() {
        return lineCount;
    }

    /** The position of the code point at a 0-based offset; the end of the text for an offset past it. */
    Position position(int codePointIndex) {
        int found = Arrays.binarySearch(lineStarts, 0, lineCount, Math.max(0, codePointIndex));
        int line = found >= 0 ? found : -found - 1 - 1;
        return new Position(line + 1, Math.max(0, codePointIndex) - lineStarts[line] + 1);
    }

    /**
     * YAML 1.2's printable characters (tab, line breaks, and everything but controls, surrogates and
     * non-characters), less U+0085, U+2028 and U+2029: SnakeYAML breaks lines there, as YAML 1.1 did,
     * where editors and YAML 1.2 do not, so a key could hide on what looks like one line.
     */
    static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E
                || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    private static String forbidden(int c) {
        if (c == 0x85 || c == 0x2028 || c == 0x2029) {
            return String.format(Locale.ROOT, "character U+%04X (a Unicode line break) is not allowed: YAML"
                    + " readers disagree on whether it ends a line; use a plain line break", c);
        }
        if (c == 0) {
            return "the file contains a NUL character (U+0000), which YAML does not allow; is it a binary file?";
        }
        return String.format(Locale.ROOT, "character U+%04X is not allowed in YAML; remove it", c);
    }
}
