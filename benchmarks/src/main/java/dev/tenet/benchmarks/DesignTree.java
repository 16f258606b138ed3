package dev.tenet.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * Reads values out of a design's {@code spec} tree (nested maps, lists and scalars, as the YAML
 * reader gives them) for the hand-written predicates. A missing value reads as false, empty or
 * NaN, so a check on it fails as the engine's "not set" does.
 */
final class DesignTree {

    private DesignTree() {
    }

    static boolean flag(Map<String, Object> design, String... path) {
        return Boolean.TRUE.equals(at(design, path));
    }

    /** False, and set: what {@code !design.x.y} needs to hold. */
    static boolean isFalse(Map<String, Object> design, String... path) {
        return Boolean.FALSE.equals(at(design, path));
    }

    static String text(Map<String, Object> design, String... path) {
        return at(design, path) instanceof String text ? text : "";
    }

    static double number(Map<String, Object> design, String... path) {
        return at(design, path) instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    static List<?> list(Map<String, Object> design, String... path) {
        return at(design, path) instanceof List<?> list ? list : List.of();
    }

    static boolean has(Map<String, Object> design, String... path) {
        return at(design, path) != null;
    }

    private static Object at(Map<String, Object> design, String... path) {
        Object at = design;
        for (String key : path) {
            if (!(at instanceof Map<?, ?> map)) {
                return null;
            }
            at = map.get(key);
        }
        return at;
    }
}
