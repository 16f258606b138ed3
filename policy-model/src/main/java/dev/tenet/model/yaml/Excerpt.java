package dev.tenet.model.yaml;

/**
 * A piece of the file quoted in a message: on one line, and short, however long or multi-line the key,
 * anchor or tag it quotes, so every problem still prints as one {@code file:line:column: message} line.
 */
final class Excerpt {

    private static final int MAX_CODE_POINTS = 60;

    private Excerpt() {
    }

    /** The text with line breaks and tabs escaped, cut to 60 characters with "..." after. */
    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (int i = 0; i < text.length(); taken++) {
            if (taken == MAX_CODE_POINTS) {
                return out.append("...").toString();
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
