package dev.tenet.engine.expression;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The design values an expression read, so a reviewer sees why it came out as it did (as OPA's
 * explanations do).
 *
 * <p>{@link #values()} holds every path the expression names, in the order they are written; a
 * path the design does not set maps to {@code null} and is listed in {@link #unset()}. (Designs
 * never hold {@code null} themselves: {@link DesignContext} drops null values, which YAML writes as
 * an empty value.) A path that only leads to a longer one in the same expression, such as
 * {@code design.security} in {@code has(design.security) && design.security.rbac}, is left out.
 */
public final class ValuesRead {

    static final ValuesRead NONE = new ValuesRead(Map.of(), List.of());

    private final Map<String, Object> values;
    private final List<String> unset;

    /** Takes ownership of both collections, which the caller no longer changes. */
    ValuesRead(Map<String, Object> values, List<String> unset) {
        this.values = Collections.unmodifiableMap(values);
        this.unset = Collections.unmodifiableList(unset);
    }

    /** Path to value in source order; {@code null} for a path the design does not set. */
    public Map<String, Object> values() {
        return values;
    }

    /** The paths the design does not set, in source order. */
    public List<String> unset() {
        return unset;
    }

    /** Whether the design sets this path. */
    public boolean isSet(String path) {
        return values.containsKey(path) && !unset.contains(path);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValuesRead that && values.equals(that.values) && unset.equals(that.unset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, unset);
    }

    @Override
    public String toString() {
        return values + (unset.isEmpty() ? "" : " unset " + unset);
    }
}
