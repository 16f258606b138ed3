package dev.tenet.engine.expression;

import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a JSON Schema allows at one place of a document, reduced to what a field path needs: the
 * named fields of an object, what any other key may hold, or the type of a value that has no fields.
 */
final class SchemaField {

    /** Anything goes, to any depth: {@code extensions}, or an object the schema does not close. */
    static final SchemaField OPEN = new SchemaField("object", Map.of(), null);

    private static final int MAX_DEPTH = 32;

    private final String type;
    private final Map<String, SchemaField> fields;
    private final SchemaField others;

    private SchemaField(String type, Map<String, SchemaField> fields, SchemaField others) {
        this.type = type;
        this.fields = fields;
        this.others = others;
    }

    /** The field a schema describes; {@code root} is the whole schema document, for {@code $ref}s. */
    static SchemaField read(JsonNode schema, JsonNode root) {
        return read(schema, root, 0);
    }

    boolean isOpen() {
        return this == OPEN;
    }

    /** Whether values here have no fields: booleans, numbers, strings, lists. */
    boolean isValue() {
        return !type.equals("object");
    }

    /** The JSON Schema type of a value here: {@code boolean}, {@code string}, {@code array}, ... */
    String type() {
        return type;
    }

    /** The field named {@code name}, or null when the schema does not allow it. */
    SchemaField field(String name) {
        SchemaField named = fields.get(name);
        return named != null ? named : others;
    }

    /** The fields the schema names here. */
    Set<String> names() {
        return fields.keySet();
    }

    private static SchemaField read(JsonNode schema, JsonNode root, int depth) {
        JsonNode resolved = resolve(schema, root);
        if (depth > MAX_DEPTH) {
            return OPEN;
        }
        boolean object = "object".equals(resolved.path("type").asString(""))
                || resolved.has("properties") || resolved.has("additionalProperties");
        if (!object) {
            return new SchemaField(valueType(resolved), Map.of(), null);
        }
        Map<String, SchemaField> fields = new LinkedHashMap<>();
        resolved.path("properties").properties()
                .forEach(property -> fields.put(property.getKey(), read(property.getValue(), root, depth + 1)));
        JsonNode additional = resolved.get("additionalProperties");
        boolean closed = additional != null && additional.isBoolean() && !additional.asBoolean();
        SchemaField others = closed ? null
                : additional != null && additional.isObject() ? read(additional, root, depth + 1) : OPEN;
        if (fields.isEmpty() && others == OPEN) {
            return OPEN;
        }
        return new SchemaField("object", Collections.unmodifiableMap(fields), others);
    }

    /** Follows local {@code $ref}s such as {@code #/$defs/data}. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode at = schema;
        for (int hops = 0; at.has("$ref") && hops < MAX_DEPTH; hops++) {
            String reference = at.get("$ref").asString("");
            if (!reference.startsWith("#/")) {
                return at;
            }
            JsonNode target = root;
            for (String step : reference.substring(2).split("/")) {
                target = target.path(step.replace("~1", "/").replace("~0", "~"));
            }
            at = target;
        }
        return at;
    }

    private static String valueType(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            return type.asString();
        }
        JsonNode example = schema.has("enum") ? schema.path("enum").path(0) : schema.path("const");
        if (example.isString()) {
            return "string";
        }
        if (example.isBoolean()) {
            return "boolean";
        }
        return example.isNumber() ? "number" : "value";
    }
}
