package dev.tenet.engine.expression;

import java.util.List;
import java.util.Map;

/**
 * A rule's commonest shapes decided from the values looked up, without running CEL:
 * {@code design.x.y}, {@code !}, {@code &&}, {@code ||}, {@code has()}, {@code == 'v'},
 * {@code != 'v'}, {@code 'v' in design.x} and numeric comparisons, including {@code size(...)}.
 *
 * <p>A node decides only when the values have the types its operation needs; otherwise it answers
 * {@link Decision#ASK_CEL} and CEL evaluates the whole expression, giving its result or its error
 * exactly. A field the design does not set is {@link Decision#NOT_SET}, CEL's "no such key" error:
 * {@code &&} and {@code ||} absorb it as CEL absorbs errors ({@code unset && false} is false,
 * {@code unset || true} is true, anything else stays not set), and {@code !} keeps it. They do not
 * try to absorb an undecided side: CEL only absorbs errors there, not values of the wrong type.
 */
sealed interface Shortcut {

    /** What a node concluded. */
    enum Decision {
        /** Holds. */
        TRUE,
        /** Does not hold. */
        FALSE,
        /** Reads a field the design does not set, which CEL would report as "no such key". */
        NOT_SET,
        /** Only CEL can tell: a value of a type the shortcut does not handle, or a shape it does not know. */
        ASK_CEL;

        static Decision of(boolean holds) {
            return holds ? TRUE : FALSE;
        }
    }

    /** A node that never decides. */
    Shortcut NONE = new Unknown();

    Decision decide(Object[] found);

    /** Anything else: CEL decides. */
    record Unknown() implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            return Decision.ASK_CEL;
        }
    }

    /** A path that holds a boolean. */
    record Value(int path) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
            if (value == EvaluationPlan.MISSING) {
                return Decision.NOT_SET;
            }
            return value instanceof Boolean holds ? Decision.of(holds) : Decision.ASK_CEL;
        }
    }

    /** {@code has(path)}; a value that is not a map on the way is CEL's to report. */
    record Present(int path) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
            return value == EvaluationPlan.NOT_A_MAP ? Decision.ASK_CEL : Decision.of(value != EvaluationPlan.MISSING);
        }
    }

    record Not(Shortcut operand) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Decision inner = operand.decide(found);
            return inner == Decision.ASK_CEL || inner == Decision.NOT_SET ? inner : Decision.of(inner == Decision.FALSE);
        }
    }

    record And(Shortcut left, Shortcut right) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Decision first = left.decide(found);
            if (first == Decision.NOT_SET) {
                Decision second = right.decide(found);
                return second == Decision.FALSE || second == Decision.ASK_CEL ? second : Decision.NOT_SET;
            }
            return first == Decision.TRUE ? right.decide(found) : first;
        }
    }

    record Or(Shortcut left, Shortcut right) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Decision first = left.decide(found);
            if (first == Decision.NOT_SET) {
                Decision second = right.decide(found);
                return second == Decision.TRUE || second == Decision.ASK_CEL ? second : Decision.NOT_SET;
            }
            return first == Decision.FALSE ? right.decide(found) : first;
        }
    }

    /** {@code path == literal} or {@code !=}, for a string or boolean literal and a value of its type. */
    record Equals(int path, Object literal, boolean negated) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
            if (value == EvaluationPlan.MISSING) {
                return Decision.NOT_SET;
            }
            boolean sameType = value.getClass() == literal.getClass();
            return sameType ? Decision.of(literal.equals(value) != negated) : Decision.ASK_CEL;
        }
    }

    /** {@code 'literal' in path}, for a list (without nulls) or a map. */
    record Member(int path, String literal) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
            if (value == EvaluationPlan.MISSING) {
                return Decision.NOT_SET;
            }
            if (value instanceof List<?> list && !list.contains(null)) {
                return Decision.of(list.contains(literal));
            }
            return value instanceof Map<?, ?> map ? Decision.of(map.containsKey(literal)) : Decision.ASK_CEL;
        }
    }

    /** {@code path op number} or {@code size(path) op number}. */
    record Compare(int path, boolean size, NumericOperator operator, Number literal) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            if (found[path] == EvaluationPlan.MISSING) {
                return Decision.NOT_SET;
            }
            Object value = size ? size(found[path]) : found[path];
            return value instanceof Number number ? operator.apply(number, literal) : Decision.ASK_CEL;
        }

        private static Object size(Object value) {
            if (value instanceof String text) {
                return (long) text.codePointCount(0, text.length());
            }
            if (value instanceof List<?> list) {
                return (long) list.size();
            }
            return value instanceof Map<?, ?> map ? (Object) (long) map.size() : null;
        }
    }
}
