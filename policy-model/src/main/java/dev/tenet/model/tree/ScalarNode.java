package dev.tenet.model.tree;

import dev.tenet.model.Position;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A single value. {@link #value()} is a {@code String}, a {@code Long} (or {@code BigInteger} when
 * it does not fit), a {@code Double}, a {@code Boolean}, or {@code null} for YAML's null; {@link
 * #text()} is what was written, for messages.
 */
public record ScalarNode(Position position, Type type, Object value, String text) implements TreeNode {

    /** The JSON type a scalar has, which is what schemas check. */
    public enum Type {
        STRING("a string"), INTEGER("an integer"), NUMBER("a number"), BOOLEAN("a boolean"), NULL("null");

        private final String description;

        Type(String description) {
            this.description = description;
        }

        /** "a string", "an integer", ... */
        public String description() {
            return description;
        }
    }

    public ScalarNode {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        boolean consistent = switch (type) {
            case STRING -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof BigInteger;
            case NUMBER -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
            case NULL -> value == null;
        };
        if (!consistent) {
            throw new IllegalArgumentException("scalar of type " + type + " cannot hold " + value);
        }
    }

    /** A string scalar. */
    public static ScalarNode string(Position position, String value) {
        return new ScalarNode(position, Type.STRING, value, value);
    }

    @Override
    public Object toPlain() {
        return value;
    }

    @Override
    public String describe() {
        return type.description();
    }
}
