package dev.tenet.engine.expression;

import dev.tenet.model.Position;

import java.util.List;
import java.util.Objects;

/**
 * A path an expression reads from the design or its metadata, such as
 * {@code design.data.encryption.atRest}, with where each of its field names is written in the
 * YAML file, so a misspelt one can be pointed at.
 *
 * @param path     the path as written, keys that are not identifiers in brackets:
 *                 {@code design.attestations['legal-review'].answer}
 * @param root     the variable it starts from: {@code design} or {@code meta}
 * @param fields   the fields read, in order, each with its position in the file
 * @param guarded  whether it is the argument of {@code has()}, so an absent value reads as false
 * @param position where the path starts in the file
 */
public record FieldPath(String path, String root, List<Field> fields, boolean guarded, Position position) {

    public FieldPath {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root, "root");
        fields = List.copyOf(fields);
        Objects.requireNonNull(position, "position");
    }

    /** The field names, in order, without the root. */
    public List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * One field of a path.
     *
     * @param name     the key read
     * @param position where the name is written in the file
     */
    public record Field(String name, Position position) {

        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(position, "position");
        }
    }
}
