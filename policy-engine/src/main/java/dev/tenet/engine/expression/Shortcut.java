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
 * exactly. {@code &&} and {@code ||} decide left to right as CEL's short-circuit does, and do not
 * try to absorb an undecided left side: CEL only absorbs errors there, not values of the wrong type.
 */
sealed interface Shortcut {

    /** What a node concluded. */
    enum Decision {
        TRUE, FALSE, ASK_CEL;

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
            return found[path] instanceof Boolean holds ? Decision.of(holds) : Decision.ASK_CEL;
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
            return inner == Decision.ASK_CEL ? inner : Decision.of(inner == Decision.FALSE);
        }
    }

    record And(Shortcut left, Shortcut right) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Decision first = left.decide(found);
            return first == Decision.TRUE ? right.decide(found) : first;
        }
    }

    record Or(Shortcut left, Shortcut right) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Decision first = left.decide(found);
            return first == Decision.FALSE ? right.decide(found) : first;
        }
    }

    /** {@code path == literal} or {@code !=}, for a string or boolean literal and a value of its type. */
    record Equals(int path, Object literal, boolean negated) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
            boolean sameType = value.getClass() == literal.getClass();
            return sameType ? Decision.of(literal.equals(value) != negated) : Decision.ASK_CEL;
        }
    }

    /** {@code 'literal' in path}, for a list (without nulls) or a map. */
    record Member(int path, String literal) implements Shortcut {
        @Override
        public Decision decide(Object[] found) {
            Object value = found[path];
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
