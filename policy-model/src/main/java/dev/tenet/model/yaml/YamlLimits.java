package dev.tenet.model.yaml;

/**
 * How much a single YAML file may hold before {@link YamlReader} refuses it. The limits keep a
 * hostile or mistaken file (a huge upload, a nesting bomb) from costing more than a bounded amount of
 * time and memory.
 *
 * <p>There is no alias limit: Tenet documents never need anchors or aliases, so the reader refuses
 * them outright and an alias bomb ("billion laughs") is never expanded.
 *
 * @param maxBytes        the largest file, in bytes of UTF-8, checked before any parsing
 * @param maxCodePoints   the most characters (Unicode code points) in a file
 * @param maxDepth        the deepest nesting of mappings and lists
 * @param maxNodes        the most values (mappings, lists and scalars) in a file
 * @param maxScalarLength the longest single value, in characters
 */
public record YamlLimits(int maxBytes, int maxCodePoints, int maxDepth, int maxNodes, int maxScalarLength) {

    /**
     * 1 MiB, 1,048,576 characters, 100 levels, 100,000 values and 65,536 characters per value: far
     * above any real policy or design (a large policy is a few kilobytes), far below what would hurt.
     */
    public static final YamlLimits DEFAULTS = new YamlLimits(1 << 20, 1 << 20, 100, 100_000, 1 << 16);

    public YamlLimits {
        if (maxBytes < 1 || maxCodePoints < 1 || maxDepth < 1 || maxNodes < 1 || maxScalarLength < 1) {
            throw new IllegalArgumentException("every YAML limit must be positive: " + maxBytes + ", "
                    + maxCodePoints + ", " + maxDepth + ", " + maxNodes + ", " + maxScalarLength);
        }
    }
}
