package dev.tenet.engine.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7386 JSON merge patch over the nested maps of a design's spec. */
final class MergePatch {

    private MergePatch() {
    }

    /**
     * {@code target} with {@code patch} merged in: a map in the patch merges into the map under the
     * same key, {@code null} removes the key, anything else replaces it. Neither argument changes.
     */
    static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> result = new LinkedHashMap<>(target);
        patch.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> nested) {
                Map<String, Object> base = result.get(key) instanceof Map<?, ?> existing ? cast(existing) : Map.of();
                result.put(key, apply(base, cast(nested)));
            } else {
                result.put(key, value);
            }
        });
        return Collections.unmodifiableMap(result);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
