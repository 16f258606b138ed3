package dev.tenet.model.schema;

import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.ScalarNode;
import dev.tenet.model.tree.TreeNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;

/**
 * Copies a YAML tree into Jackson's JSON tree, which the schema library validates. The copy has
 * the same shape, so an instance location in the JSON tree names the same node in the YAML tree.
 */
final class JsonTrees {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    static JsonNode of(TreeNode node) {
        if (node instanceof MapNode map) {
            return object(map);
        }
        if (node instanceof ListNode list) {
            return array(list);
        }
        return scalar((ScalarNode) node);
    }

    private static ObjectNode object(MapNode map) {
        ObjectNode object = JSON.objectNode();
        for (MapNode.Entry entry : map.entries()) {
            object.set(entry.key(), of(entry.value()));
        }
        return object;
    }

    private static ArrayNode array(ListNode list) {
        ArrayNode array = JSON.arrayNode(list.items().size());
        for (TreeNode item : list.items()) {
            array.add(of(item));
        }
        return array;
    }

    private static JsonNode scalar(ScalarNode scalar) {
        return switch (scalar.type()) {
            case STRING -> JSON.stringNode((String) scalar.value());
            case INTEGER -> scalar.value() instanceof BigInteger big ? JSON.numberNode(big) : JSON.numberNode((Long) scalar.value());
            case NUMBER -> JSON.numberNode((Double) scalar.value());
            case BOOLEAN -> JSON.booleanNode((Boolean) scalar.value());
            case NULL -> JSON.nullNode();
        };
    }
}
