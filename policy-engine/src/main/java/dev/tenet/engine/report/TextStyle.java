package dev.tenet.engine.report;

import dev.tenet.model.evaluation.Decision;

/**
 * How the text report marks things: ANSI colours and symbols ({@code ✗ ✓ ~ !}) for a terminal
 * that asked for them, plain words ({@code FAIL}, {@code PASS}) otherwise, so piped output and
 * logs stay ASCII apart from what the policies and designs themselves say.
 */
final class TextStyle {

    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";
    static final String BOLD = "\u001b[1m";
    static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private final boolean colour;

    TextStyle(boolean colour) {
        this.colour = colour;
    }

    /** The text in a colour or weight, when colour is on. */
    String paint(String style, String text) {
        return colour && !text.isEmpty() ? style + text + RESET : text;
    }

    /** A section's mark, padded so what follows lines up. */
    String mark(Section section) {
        return colour ? paint(section.colour, section.symbol) : pad(section.word);
    }

    /** The mark of a design with nothing to list. */
    String passMark() {
        return colour ? paint(GREEN, "✓") : pad("PASS");
    }

    /** The width a mark takes on screen. */
    int markWidth() {
        return colour ? 1 : Section.WORD_WIDTH;
    }

    /** A dash between an item and its explanation. */
    String dash() {
        return colour ? "—" : "-";
    }

    String decision(Decision decision) {
        String colourOf = switch (decision) {
            case BLOCKED -> RED;
            case NEEDS_WAIVER -> YELLOW;
            case PASS_WITH_ADVICE -> CYAN;
            case PASS -> GREEN;
        };
        return paint(BOLD + colourOf, decision.name());
    }

    private static String pad(String word) {
        return word + " ".repeat(Section.WORD_WIDTH - word.length());
    }
}
