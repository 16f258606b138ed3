package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns SnakeYAML's composed nodes into Tenet's tree: 1-based positions, scalars typed by the core
 * schema, keys as their text. Every duplicate and non-scalar key is reported, not just the first.
 *
 * <p>Recursion is bounded: the events were checked against the nesting limit before composing.
 */
final class TreeBuilder {

    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();

    TreeBuilder(Locator locator) {
        this.locator = locator;
    }

    /** Duplicate and non-scalar keys found while building. */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    TreeNode build(Node node) {
        Position position = locator.position(node.getStartMark());
        if (node instanceof MappingNode mapping) {
            return new MapNode(position, entries(mapping));
        }
        if (node instanceof SequenceNode sequence) {
            List<TreeNode> items = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                items.add(build(item));
            }
            return new ListNode(position, items);
        }
        return scalar((ScalarNode) node, position);
    }

    private TreeNode scalar(ScalarNode scalar, Position position) {
        String text = scalar.getValue();
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (plain && text.length() > CoreSchema.MAX_NUMBER_LENGTH && CoreSchema.isNumber(text)) {
            problems.add(locator.error(position, String.format(Locale.ROOT, "number is %,d characters long; the limit"
                    + " is %,d", text.length(), CoreSchema.MAX_NUMBER_LENGTH)));
            return CoreSchema.scalar(position, text, false);
        }
        return CoreSchema.scalar(position, text, plain);
    }

    private List<MapNode.Entry> entries(MappingNode mapping) {
        List<MapNode.Entry> entries = new ArrayList<>(mapping.getValue().size());
        Map<String, Position> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position keyPosition = locator.position(keyNode.getStartMark());
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                problems.add(locator.error(keyPosition, "a key must be a single value, not "
                        + (keyNode instanceof MappingNode ? "a mapping" : "a list")));
                continue;
            }
            String key = scalarKey.getValue();
            Position first = seen.putIfAbsent(key, keyPosition);
            if (first != null) {
                problems.add(locator.error(keyPosition, "duplicate key '" + Excerpt.of(key) + "' (first defined at line "
                        + first.line() + ")"));
                continue;
            }
            entries.add(new MapNode.Entry(key, keyPosition, build(tuple.getValueNode())));
        }
        return entries;
    }
}
