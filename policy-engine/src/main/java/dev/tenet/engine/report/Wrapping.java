package dev.tenet.engine.report;

import java.util.ArrayList;
import java.util.List;

/** Text for a terminal: stripped of what could drive it, and wrapped to a readable width. */
final class Wrapping {

    private Wrapping() {
    }

    /**
     * The text without control characters other than line breaks (a tab becomes a space) and
     * without bidirectional overrides, so text from a policy or design cannot move the cursor,
     * change colours or reorder what the reader sees.
     */
    static String clean(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                cleaned.append('\n');
            } else if (c == '\t' || c == '\r') {
                cleaned.append(' ');
            } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                cleaned.appendCodePoint(c);
            }
        });
        return cleaned.toString();
    }

    /**
     * The text in lines of at most {@code firstWidth} code points for the first line and
     * {@code width} for the rest, broken at spaces; a word longer than a line keeps a line of its
     * own. Line breaks in the text are kept.
     */
    static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                int limit = lines.isEmpty() ? firstWidth : width;
                if (line.length() > 0 && length(line) + 1 + length(word) > limit) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Lines of {@link #wrap}, each after the first preceded by {@code indent}, joined by line breaks. */
    static String hanging(String text, int firstWidth, int indent, int lineWidth) {
        List<String> lines = wrap(text, firstWidth, Math.max(20, lineWidth - indent));
        return String.join("\n" + " ".repeat(indent), lines);
    }

    static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
