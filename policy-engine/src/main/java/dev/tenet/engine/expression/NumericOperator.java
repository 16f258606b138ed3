package dev.tenet.engine.expression;

import dev.tenet.engine.expression.Shortcut.Decision;

/**
 * A comparison of two CEL numbers (int as {@code Long}, double as {@code Double}) that answers only
 * where the result is beyond doubt: mixed int and double only while the int converts exactly, and
 * never for NaN, whose comparisons CEL-java answers its own way ({@code NaN != NaN} is false there).
 */
enum NumericOperator {
    LESS("_<_"), LESS_OR_EQUAL("_<=_"), GREATER("_>_"), GREATER_OR_EQUAL("_>=_"), EQUAL("_==_"), NOT_EQUAL("_!=_");

    private static final long EXACT = 1L << 53;

    private final String function;

    NumericOperator(String function) {
        this.function = function;
    }

    /** The operator CEL calls {@code function}, or null. */
    static NumericOperator of(String function) {
        for (NumericOperator operator : values()) {
            if (operator.function.equals(function)) {
                return operator;
            }
        }
        return null;
    }

    /** The operator with its operands swapped: {@code 3 < x} is {@code x > 3}. */
    NumericOperator mirrored() {
        return switch (this) {
            case LESS -> GREATER;
            case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
            case GREATER -> LESS;
            case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            default -> this;
        };
    }

    Decision apply(Number left, Number right) {
        if (left instanceof Long a && right instanceof Long b) {
            return Decision.of(holds(Long.compare(a, b)));
        }
        if (!exact(left) || !exact(right)) {
            return Decision.ASK_CEL;
        }
        double a = left.doubleValue();
        double b = right.doubleValue();
        return Decision.of(holds(a < b ? -1 : a > b ? 1 : 0));
    }

    private boolean holds(int comparison) {
        return switch (this) {
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case EQUAL -> comparison == 0;
            case NOT_EQUAL -> comparison != 0;
        };
    }

    private static boolean exact(Number number) {
        if (number instanceof Long value) {
            return value > -EXACT && value < EXACT;
        }
        return number instanceof Double value && !value.isNaN();
    }
}
