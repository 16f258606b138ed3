package dev.tenet.engine.expression;

import java.util.List;

/**
 * One select chain rooted at {@code design} or {@code meta} as written in an expression.
 *
 * @param root       the variable, {@code design} or {@code meta}
 * @param keys       the map keys read, in order
 * @param rootOffset where the variable is written, as a code point offset into the expression
 * @param keyOffsets where each key is written
 * @param guarded    whether the chain is the argument of {@code has()}
 * @param strict     whether CEL certainly reads it, with no {@code &&}, {@code ||}, {@code ?:} or
 *                   comprehension body in between that could skip it or absorb its error
 */
record PathOccurrence(String root, List<String> keys, int rootOffset, List<Integer> keyOffsets, boolean guarded,
                      boolean strict) {

    PathOccurrence {
        keys = List.copyOf(keys);
        keyOffsets = List.copyOf(keyOffsets);
    }

    /** The path as a rule author writes it: {@code design.data.personal}, {@code design.attestations['legal-review']}. */
    String text() {
        StringBuilder text = new StringBuilder(root);
        keys.forEach(key -> text.append(step(key)));
        return text.toString();
    }

    /** How a key is written after the path before it: {@code .name}, or {@code ['legal-review']}. */
    static String step(String key) {
        return isIdentifier(key) ? "." + key : "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static boolean isIdentifier(String key) {
        if (key.isEmpty() || !(Character.isLetter(key.charAt(0)) && key.charAt(0) < 128 || key.charAt(0) == '_')) {
            return false;
        }
        return key.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }
}
