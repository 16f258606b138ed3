package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.ExpressionResult;

import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Says in words what values an expression read: "design.data.encryption.atRest is false". */
final class Explanations {

    private static final int LONGEST_VALUE = 60;

    private Explanations() {
    }

    /** "a is 1, b is not set", or "the expression read no design values". */
    static String describe(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "the expression read no design values";
        }
        StringJoiner joiner = new StringJoiner(", ");
        values.forEach((path, value) -> joiner.add(path + (value == null ? " is not set" : " is " + show(value))));
        return joiner.toString();
    }

    /** ": because a is 1", or nothing when the result read nothing. */
    static String because(ExpressionResult result) {
        return result.values().isEmpty() ? "" : " (" + describe(result.values()) + ")";
    }

    static String show(Object value) {
        String shown;
        if (value instanceof String text) {
            shown = "'" + text + "'";
        } else if (value instanceof Collection<?> items) {
            shown = items.stream().map(Explanations::show).toList().toString();
        } else if (value instanceof Map<?, ?> map) {
            shown = map.isEmpty() ? "{}" : "{" + String.join(", ", map.keySet().stream().map(String::valueOf).toList()) + "}";
        } else {
            shown = String.valueOf(value);
        }
        return shown.length() > LONGEST_VALUE ? shown.substring(0, LONGEST_VALUE - 1) + "…" : shown;
    }
}
