package dev.tenet.benchmarks;

import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One condition written twice: as the CEL text a policy file holds, and as the Java predicate over
 * the design's spec tree that means the same. The Java side is the hand-written floor the engine is
 * measured against.
 *
 * @param cel  the CEL text; empty for a condition a policy file leaves out (always true)
 * @param java the same condition over the design's {@code spec} tree
 */
record Condition(String cel, Predicate<Map<String, Object>> java) {

    private static final Condition ALWAYS = new Condition("", design -> true);

    Condition {
        Objects.requireNonNull(cel, "cel");
        Objects.requireNonNull(java, "java");
    }

    /** The condition of a policy or rule without {@code appliesTo}. */
    static Condition always() {
        return ALWAYS;
    }

    static Condition of(String cel, Predicate<Map<String, Object>> java) {
        if (cel.isBlank()) {
            throw new IllegalArgumentException("a written condition needs its CEL text");
        }
        return new Condition(cel, java);
    }

    /** Whether a policy file leaves this condition out. */
    boolean isAlways() {
        return cel.isEmpty();
    }

    boolean holds(Map<String, Object> design) {
        return java.test(design);
    }
}
