package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.tree.ScalarNode;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types a scalar by the YAML 1.2 core schema, from what was written and how it was quoted.
 *
 * <p>A quoted or block scalar is always a string. A plain one is null ({@code null}, {@code ~} or
 * nothing), a boolean (only {@code true} and {@code false}, in three casings), an integer (decimal,
 * {@code 0o} octal, {@code 0x} hex), a float (including {@code .inf} and {@code .nan}), or else a
 * string: {@code yes}, {@code off} and {@code 2027-01-31} stay strings, unlike YAML 1.1.
 */
final class CoreSchema {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUES = Set.of("true", "True", "TRUE");
    private static final Set<String> FALSES = Set.of("false", "False", "FALSE");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The longest number typed as one; parsing a longer one costs time that grows with its square. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private CoreSchema() {
    }

    /** Whether plain {@code text} is an integer or float by the core schema's patterns. */
    static boolean isNumber(String text) {
        return !text.isEmpty() && mayBeNumber(text.charAt(0))
                && (DECIMAL.matcher(text).matches() || OCTAL.matcher(text).matches() || HEX.matcher(text).matches()
                || FLOAT.matcher(text).matches() || INFINITY.matcher(text).matches() || NAN.matcher(text).matches());
    }

    /** The typed scalar for {@code text}, written plain or not. */
    static ScalarNode scalar(Position position, String text, boolean plain) {
        if (!plain) {
            return ScalarNode.string(position, text);
        }
        if (NULLS.contains(text)) {
            return new ScalarNode(position, ScalarNode.Type.NULL, null, text);
        }
        if (TRUES.contains(text) || FALSES.contains(text)) {
            return new ScalarNode(position, ScalarNode.Type.BOOLEAN, TRUES.contains(text), text);
        }
        return mayBeNumber(text.charAt(0)) ? number(position, text) : ScalarNode.string(position, text);
    }

    private static ScalarNode number(Position position, String text) {
        if (DECIMAL.matcher(text).matches()) {
            return integer(position, text, new BigInteger(text));
        }
        if (OCTAL.matcher(text).matches()) {
            return integer(position, text, new BigInteger(text.substring(2), 8));
        }
        if (HEX.matcher(text).matches()) {
            return integer(position, text, new BigInteger(text.substring(2), 16));
        }
        if (FLOAT.matcher(text).matches()) {
            return new ScalarNode(position, ScalarNode.Type.NUMBER, Double.parseDouble(text), text);
        }
        if (INFINITY.matcher(text).matches()) {
            double infinity = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            return new ScalarNode(position, ScalarNode.Type.NUMBER, infinity, text);
        }
        if (NAN.matcher(text).matches()) {
            return new ScalarNode(position, ScalarNode.Type.NUMBER, Double.NaN, text);
        }
        return ScalarNode.string(position, text);
    }

    private static ScalarNode integer(Position position, String text, BigInteger value) {
        boolean fitsLong = value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
        return new ScalarNode(position, ScalarNode.Type.INTEGER, fitsLong ? value.longValue() : value, text);
    }

    /** Whether a number could start with this character: a cheap test before any pattern. */
    private static boolean mayBeNumber(char first) {
        return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    }
}
