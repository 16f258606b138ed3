package dev.tenet.model;

import java.util.Objects;

/**
 * The text of a rule expression (CEL) and where it was written, so compile errors and unknown
 * field names point into the YAML file.
 *
 * @param source   the expression text
 * @param position where the YAML scalar holding it starts
 */
public record Expression(String source, Position position) {

    /** The expression that always holds: a missing {@code appliesTo} means "every design". */
    public static Expression always(Position position) {
        return new Expression("true", position);
    }

    public Expression {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(position, "position");
    }

    /** Whether this is the literal {@code true}, which needs no evaluation. */
    public boolean isAlwaysTrue() {
        return source.strip().equals("true");
    }
}
