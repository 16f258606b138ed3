package dev.tenet.model;

import java.util.Map;
import java.util.Objects;

/**
 * An AI workload as its engineers describe it, submitted for evaluation and review.
 *
 * @param metadata the design's name, team and owner
 * @param spec     the typed view of what the design says
 * @param tree     the {@code spec} exactly as written, as nested maps, lists and scalars: what rule
 *                 expressions read as {@code design}, extensions included
 * @param source   the file it was read from and where each field was written
 */
public record WorkloadDesign(DesignMetadata metadata, DesignSpec spec, Map<String, Object> tree, SourceMap source)
        implements Document {

    public WorkloadDesign {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
        return Kind.WORKLOAD_DESIGN;
    }

    /** The design's name. */
    public String name() {
        return metadata.name();
    }

    /** The design's team. */
    public String team() {
        return metadata.team();
    }
}
