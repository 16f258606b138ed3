package dev.tenet.engine.lint;

import java.util.Collection;
import java.util.Map;

/**
 * Writes trees of maps, lists, strings, numbers and booleans as JSON, in the layout of the other
 * reports: two-space indent, {@code "key": value}, keys in insertion order, a final {@code \n}.
 * Hand-written because Jackson belongs to the report package alone; the trees here are small.
 */
final class Json {

    private Json() {
    }

    /** The tree pretty-printed, with a final newline. */
    static String pretty(Object tree) {
        StringBuilder out = new StringBuilder();
        write(out, tree, "");
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            object(out, map, indent);
        } else if (value instanceof Collection<?> items) {
            array(out, items, indent);
        } else if (value == null || value instanceof Boolean || value instanceof Number) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            out.append(inner);
            string(out, String.valueOf(entry.getKey()));
            out.append(": ");
            write(out, entry.getValue(), inner);
            out.append(++i < map.size() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private static void array(StringBuilder out, Collection<?> items, String indent) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        int i = 0;
        for (Object item : items) {
            out.append(inner);
            write(out, item, inner);
            out.append(++i < items.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
