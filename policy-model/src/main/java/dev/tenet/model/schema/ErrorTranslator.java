package dev.tenet.model.schema;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.Suggestions;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.TreeNode;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the schema library's errors about one document into problems a person can act on: placed
 * at the YAML node (or key) they concern, worded in the document's terms, one per node and cause.
 */
final class ErrorTranslator {

    private static final String DEFS_REF = "#/$defs/";

    private final JsonNode schemaRoot;
    private final TreeNode document;

    ErrorTranslator(JsonNode schemaRoot, TreeNode document) {
        this.schemaRoot = schemaRoot;
        this.document = document;
    }

    List<Problem> problems(String file, List<Error> errors) {
        Cascades.Resolved resolved = Cascades.resolve(errors);
        Set<InstancePath> meantByTypos = keysMeantByTypos(resolved.errors());
        Map<String, Problem> unique = new LinkedHashMap<>();
        for (Error error : resolved.errors()) {
            if (isMissingTypo(error, meantByTypos)) {
                continue; // "unknown key 'titel' (did you mean 'title'?)" already says it
            }
            Located located = translate(error);
            String cause = error.getKeyword() + ":" + Optional.ofNullable(error.getProperty()).orElse("");
            unique.putIfAbsent(located.position() + " " + cause, Problem.error(file, located.position(), located.message()));
        }
        for (List<Error> shapeErrors : resolved.noneFits()) {
            Located located = noBranchFits(shapeErrors);
            unique.putIfAbsent(located.position() + " choice", Problem.error(file, located.position(), located.message()));
        }
        return unique.values().stream().sorted().toList();
    }

    private Located translate(Error error) {
        InstancePath at = InstancePath.of(error.getInstanceLocation());
        TreeNode node = at.nearest(document);
        JsonNode rule = error.getSchemaNode();
        String keyword = error.getKeyword();
        String path = at.describe();
        return switch (keyword) {
            case "additionalProperties" -> atKey(at, error.getProperty(), Messages.unknownKey(error.getProperty(), allowedKeys(error)));
            case "propertyNames" -> atKey(at, error.getProperty(), Messages.badKey(error.getProperty(), path, keyFormat(rule)));
            case "required" -> new Located(node.position(), Messages.missingKey(error.getProperty(), path));
            case "type" -> new Located(node.position(), Messages.wrongType(texts(rule), node));
            case "enum" -> new Located(node.position(), Messages.notOneOf(node, texts(rule)));
            case "const" -> new Located(node.position(), Messages.notConstant(path, text(rule), node));
            case "pattern" -> new Located(node.position(), Messages.noMatch(node, patternFormat(error)));
            case "format" -> new Located(node.position(), Messages.badFormat(path, rule.asString(), node));
            case "minItems", "maxItems", "minProperties", "maxProperties", "minLength", "maxLength" ->
                    new Located(node.position(), Messages.count(path, keyword, rule.asLong()));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                    new Located(node.position(), Messages.bound(path, keyword, rule.toString(), node));
            case "uniqueItems" -> duplicate(path, node);
            case "oneOf" -> new Located(node.position(), Messages.ambiguous(path));
            default -> new Located(node.position(), Messages.other(path, error.getMessage()));
        };
    }

    private Located atKey(InstancePath mapping, String key, String message) {
        Position position = mapping.keyPosition(document, key).orElseGet(() -> mapping.nearest(document).position());
        return new Located(position, message);
    }

    /** The keys the mapping's schema declares, in schema order: the siblings of {@code additionalProperties}. */
    private List<String> allowedKeys(Error error) {
        NodePath keyword = error.getSchemaLocation().getFragment();
        JsonNode properties = navigate(keyword.getParent()).path("properties");
        return List.copyOf(properties.propertyNames());
    }

    private JsonNode navigate(NodePath fragment) {
        JsonNode node = schemaRoot;
        for (int i = 0; i < fragment.getNameCount(); i++) {
            Object step = fragment.getElement(i);
            node = step instanceof Integer index ? node.path(index) : node.path(String.valueOf(step));
        }
        return node;
    }

    /** The words for a {@code pattern} at {@code #/$defs/<name>/pattern}, or the pattern itself. */
    private static String patternFormat(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        int count = fragment.getNameCount();
        Optional<String> definition = count >= 3 && "$defs".equals(fragment.getElement(count - 3))
                ? Optional.of(String.valueOf(fragment.getElement(count - 2)))
                : Optional.empty();
        return IdFormats.describe(definition, error.getSchemaNode().asString());
    }

    /** The words for a {@code propertyNames} schema: usually a {@code $ref} to a named pattern. */
    private String keyFormat(JsonNode names) {
        String ref = names.path("$ref").asString("");
        Optional<String> definition = ref.startsWith(DEFS_REF) ? Optional.of(ref.substring(DEFS_REF.length())) : Optional.empty();
        JsonNode declared = definition.map(d -> schemaRoot.path("$defs").path(d)).orElse(names);
        return declared.has("pattern") ? IdFormats.describe(definition, declared.path("pattern").asString()) : "the allowed key names";
    }

    private static Located duplicate(String path, TreeNode node) {
        if (node instanceof ListNode list) {
            List<Object> seen = new ArrayList<>();
            for (TreeNode item : list.items()) {
                if (seen.contains(item.toPlain())) {
                    return new Located(item.position(), Messages.duplicate(path, item));
                }
                seen.add(item.toPlain());
            }
        }
        return new Located(node.position(), path + " must not list the same item twice");
    }

    private Located noBranchFits(List<Error> shapeErrors) {
        TreeNode node = InstancePath.of(shapeErrors.get(0).getInstanceLocation()).nearest(document);
        List<String> types = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Error error : shapeErrors) {
            (error.getKeyword().equals("type") ? types : values).addAll(texts(error.getSchemaNode()));
        }
        if (types.isEmpty()) {
            return new Located(node.position(), Messages.notOneOf(node, values.stream().distinct().toList()));
        }
        if (!values.isEmpty()) {
            types.add("one of: " + String.join(", ", values));
        }
        return new Located(node.position(), Messages.wrongType(types.stream().distinct().toList(), node));
    }

    /** The mapping paths plus keys that an unknown key in the same mapping is a likely typo of. */
    private Set<InstancePath> keysMeantByTypos(List<Error> errors) {
        Set<InstancePath> meant = new HashSet<>();
        for (Error error : errors) {
            if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
                InstancePath mapping = InstancePath.of(error.getInstanceLocation());
                Suggestions.closest(error.getProperty(), allowedKeys(error)).ifPresent(key -> meant.add(mapping.child(key)));
            }
        }
        return meant;
    }

    private static boolean isMissingTypo(Error error, Set<InstancePath> meantByTypos) {
        return "required".equals(error.getKeyword()) && error.getProperty() != null
                && meantByTypos.contains(InstancePath.of(error.getInstanceLocation()).child(error.getProperty()));
    }

    /** An {@code enum}'s values or a {@code type}'s names, as written. */
    private static List<String> texts(JsonNode rule) {
        List<String> texts = new ArrayList<>();
        if (rule.isArray()) {
            rule.forEach(value -> texts.add(text(value)));
        } else {
            texts.add(text(rule));
        }
        return texts;
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    private record Located(Position position, String message) {
    }
}
