package dev.tenet.model;

import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a document was written: a file name and the position of every node, keyed by
 * its path in the document ({@code spec.rules[0].require}, {@code spec.data.encryption.atRest}).
 *
 * <p>Reports use it to point at the line that a finding or a problem is about, for instance the
 * design field a failing rule read.
 */
public record SourceMap(String file, Map<String, Position> positions) {

    public SourceMap {
        positions = Map.copyOf(positions);
    }

    /** A source map with no positions, for documents built in code rather than read from a file. */
    public static SourceMap none(String file) {
        return new SourceMap(file, Map.of());
    }

    /** The position of the node at exactly this path. */
    public Optional<Position> positionOf(String path) {
        return Optional.ofNullable(positions.get(path));
    }

    /**
     * The position of the node at this path or, when the document does not have it, of its
     * nearest ancestor that it has (a field that is not set is reported where it would go).
     */
    public Position nearest(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Position found = positions.get(current);
            if (found != null) {
                return found;
            }
            current = parent(current);
        }
        return positions.getOrDefault("", Position.START);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
