package dev.tenet.model.read;

import dev.tenet.model.Position;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.ScalarNode;
import dev.tenet.model.tree.TreeNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Typed reads from a mapping that the schema has already validated. A value of the wrong type reads
 * as absent rather than failing, since the schema has reported it already.
 */
record MapView(MapNode node) {

    static final MapView EMPTY = new MapView(new MapNode(Position.START, List.of()));

    Position position() {
        return node.position();
    }

    Position positionOf(String key) {
        return node.get(key).map(TreeNode::position).orElse(node.position());
    }

    Optional<String> string(String key) {
        return scalar(key).filter(s -> s.value() instanceof String).map(s -> (String) s.value());
    }

    String string(String key, String absent) {
        return string(key).orElse(absent);
    }

    /** Any scalar as written, for values such as versions that YAML might read as numbers. */
    Optional<String> text(String key) {
        return scalar(key).filter(s -> s.type() != ScalarNode.Type.NULL).map(ScalarNode::text);
    }

    Optional<Boolean> bool(String key) {
        return scalar(key).filter(s -> s.value() instanceof Boolean).map(s -> (Boolean) s.value());
    }

    OptionalInt integer(String key) {
        Optional<ScalarNode> scalar = scalar(key).filter(s -> s.value() instanceof Long);
        return scalar.map(s -> OptionalInt.of(Math.toIntExact(Math.min(Integer.MAX_VALUE, (Long) s.value()))))
                .orElse(OptionalInt.empty());
    }

    OptionalDouble number(String key) {
        Optional<ScalarNode> scalar = scalar(key).filter(s -> s.value() instanceof Number);
        return scalar.map(s -> OptionalDouble.of(((Number) s.value()).doubleValue())).orElse(OptionalDouble.empty());
    }

    Optional<MapView> map(String key) {
        return node.get(key).filter(MapNode.class::isInstance).map(n -> new MapView((MapNode) n));
    }

    MapView mapOrEmpty(String key) {
        return map(key).orElse(EMPTY);
    }

    List<MapView> maps(String key) {
        List<MapView> maps = new ArrayList<>();
        for (TreeNode item : items(key)) {
            if (item instanceof MapNode map) {
                maps.add(new MapView(map));
            }
        }
        return maps;
    }

    List<String> strings(String key) {
        List<String> strings = new ArrayList<>();
        for (TreeNode item : items(key)) {
            if (item instanceof ScalarNode scalar && scalar.value() instanceof String text) {
                strings.add(text);
            }
        }
        return strings;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> plain(String key) {
        return node.get(key).filter(MapNode.class::isInstance).map(n -> (Map<String, Object>) n.toPlain())
                .orElse(Map.of());
    }

    Map<String, Object> plain() {
        return node.toPlain();
    }

    boolean has(String key) {
        return node.get(key).isPresent();
    }

    List<MapNode.Entry> entries() {
        return node.entries();
    }

    private List<TreeNode> items(String key) {
        return node.get(key).filter(ListNode.class::isInstance).map(n -> ((ListNode) n).items()).orElse(List.of());
    }

    private Optional<ScalarNode> scalar(String key) {
        return node.get(key).filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast);
    }
}
