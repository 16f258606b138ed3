package dev.tenet.engine.expression;

import dev.cel.runtime.CelVariableResolver;
import dev.tenet.model.WorkloadDesign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One design made ready for evaluation: its {@code spec} as {@code design} and its
 * {@code metadata} as {@code meta}, converted once into the values rule expressions read, then
 * shared by every rule evaluated against it. Immutable and safe to share between threads.
 *
 * <p>Conversion: integers become {@code Long} (an integer too large for one becomes a
 * {@code Double}), other numbers {@code Double}; a map entry whose value is {@code null} is dropped,
 * so an empty YAML value reads as not set.
 */
public final class DesignContext {

    private final Map<String, Object> design;
    private final Map<String, Object> meta;
    private final CelVariableResolver variables;

    private DesignContext(Map<String, Object> design, Map<String, Object> meta) {
        this.design = design;
        this.meta = meta;
        Optional<Object> designValue = Optional.of(design);
        Optional<Object> metaValue = Optional.of(meta);
        this.variables = name -> name.equals(PathCollector.DESIGN) ? designValue
                : name.equals(PathCollector.META) ? metaValue : Optional.empty();
    }

    /**
     * A context from a design's {@code spec} and {@code metadata} trees: nested maps, lists and
     * scalars as the YAML reader gives them.
     */
    public static DesignContext of(Map<String, Object> designSpec, Map<String, Object> meta) {
        Objects.requireNonNull(designSpec, "designSpec");
        Objects.requireNonNull(meta, "meta");
        return new DesignContext(DesignValues.map(designSpec), DesignValues.map(meta));
    }

    /** A context for a design: its tree as {@code design}; name, team and owner (if set) as {@code meta}. */
    public static DesignContext of(WorkloadDesign design) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", design.metadata().name());
        meta.put("team", design.metadata().team());
        design.metadata().owner().ifPresent(owner -> meta.put("owner", owner));
        return of(design.tree(), meta);
    }

    /** The converted spec, as expressions read it. */
    public Map<String, Object> design() {
        return design;
    }

    /** The converted metadata, as expressions read it. */
    public Map<String, Object> meta() {
        return meta;
    }

    Map<String, Object> root(String name) {
        return name.equals(PathCollector.META) ? meta : design;
    }

    CelVariableResolver variables() {
        return variables;
    }
}
