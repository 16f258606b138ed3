package dev.tenet.engine.expression;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What evaluating one expression against one design gave. Evaluation never throws for anything a
 * design or a rule can contain: "could not evaluate" is a result, kept apart from "false".
 *
 * <ul>
 *   <li>{@link True} and {@link False}: the expression decided.</li>
 *   <li>{@link NotSet}: it needs a value the design does not set, on a path not guarded by
 *       {@code has()}.</li>
 *   <li>{@link Error}: it could not be evaluated for another reason (a type mismatch, a division by
 *       zero, a result that is not a boolean).</li>
 * </ul>
 *
 * Every result carries the values the expression read.
 */
public sealed interface ExpressionResult
        permits ExpressionResult.True, ExpressionResult.False, ExpressionResult.NotSet, ExpressionResult.Error {

    /** The design values the expression read. */
    ValuesRead read();

    /** Path to value in source order, {@code null} for a path not set; see {@link ValuesRead}. */
    default Map<String, Object> values() {
        return read().values();
    }

    /** The paths read that the design does not set. */
    default List<String> unset() {
        return read().unset();
    }

    /** The expression holds. */
    record True(ValuesRead read) implements ExpressionResult {
        public True {
            Objects.requireNonNull(read, "read");
        }
    }

    /** The expression does not hold. */
    record False(ValuesRead read) implements ExpressionResult {
        public False {
            Objects.requireNonNull(read, "read");
        }
    }

    /**
     * The expression needs a value the design does not set.
     *
     * @param path the whole path the expression reads, such as {@code design.security.rbac}, even
     *             when it is an earlier step ({@code security}) that is missing
     */
    record NotSet(String path, ValuesRead read) implements ExpressionResult {
        public NotSet {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(read, "read");
        }
    }

    /**
     * The expression could not be evaluated.
     *
     * @param message what went wrong, for a person: "division by zero"
     */
    record Error(String message, ValuesRead read) implements ExpressionResult {
        public Error {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(read, "read");
        }
    }
}
