package dev.tenet.engine.report;

import dev.tenet.model.evaluation.Finding;

import java.util.Optional;

/**
 * The groups the text report lists findings in, most pressing first. Passing and not-applicable
 * findings are only counted.
 */
enum Section {
    BLOCKING("blocking: hard-mandatory, cannot be waived", "✗", "FAIL", TextStyle.RED),
    NEEDS_WAIVER("needs a waiver: soft-mandatory", "✗", "FAIL", TextStyle.YELLOW),
    ADVICE("advice: never blocks", "!", "ADVICE", TextStyle.CYAN),
    ERRORS("could not evaluate: counts as a failure at the rule's enforcement", "✗", "ERROR", TextStyle.RED),
    WAIVED("waived", "~", "WAIVED", TextStyle.DIM);

    /** The widest word mark, which plain marks are padded to. */
    static final int WORD_WIDTH = 6;

    final String heading;
    final String symbol;
    final String word;
    final String colour;

    Section(String heading, String symbol, String word, String colour) {
        this.heading = heading;
        this.symbol = symbol;
        this.word = word;
        this.colour = colour;
    }

    /** The section a finding is listed in, if any. */
    static Optional<Section> of(Finding finding) {
        return switch (finding.outcome()) {
            case FAIL -> Optional.of(switch (finding.enforcement()) {
                case HARD_MANDATORY -> BLOCKING;
                case SOFT_MANDATORY -> NEEDS_WAIVER;
                case ADVISORY -> ADVICE;
            });
            case ERROR -> Optional.of(ERRORS);
            case WAIVED -> Optional.of(WAIVED);
            case PASS, NOT_APPLICABLE -> Optional.empty();
        };
    }
}
