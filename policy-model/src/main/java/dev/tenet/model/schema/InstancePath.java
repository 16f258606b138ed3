package dev.tenet.model.schema;

import com.networknt.schema.path.NodePath;
import dev.tenet.model.Position;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a node is in a document, as the keys and list indexes that lead to it. It finds the node
 * in the YAML tree and names it the way a person reads it: {@code spec.rules[1].severity}.
 *
 * @param steps keys ({@code String}) and 0-based list indexes ({@code Integer}), outermost first
 */
record InstancePath(List<Object> steps) {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    InstancePath {
        steps = List.copyOf(steps);
    }

    /** The path the schema library reports an error at. */
    static InstancePath of(NodePath path) {
        List<Object> steps = new ArrayList<>(path.getNameCount());
        for (int i = 0; i < path.getNameCount(); i++) {
            steps.add(path.getElement(i));
        }
        return new InstancePath(steps);
    }

    /** The path one key further down. */
    InstancePath child(String key) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(key);
        return new InstancePath(longer);
    }

    /** {@code spec.rules[0].id}; {@code the document} for the root. */
    String describe() {
        if (steps.isEmpty()) {
            return "the document";
        }
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else if (PLAIN_KEY.matcher(step.toString()).matches()) {
                text.append(text.length() == 0 ? "" : ".").append(step);
            } else {
                text.append("['").append(step).append("']");
            }
        }
        return text.toString();
    }

    /** The node at this path, if the tree has one there. */
    Optional<TreeNode> find(TreeNode root) {
        Reached reached = walk(root);
        return reached.depth() == steps.size() ? Optional.of(reached.node()) : Optional.empty();
    }

    /** The deepest node on this path that the tree has: the root at worst. */
    TreeNode nearest(TreeNode root) {
        return walk(root).node();
    }

    /** Where the key {@code key} is written in the mapping at this path, if it is there. */
    Optional<Position> keyPosition(TreeNode root, String key) {
        return find(root)
                .filter(MapNode.class::isInstance)
                .flatMap(node -> ((MapNode) node).entry(key))
                .map(MapNode.Entry::keyPosition);
    }

    private Reached walk(TreeNode root) {
        TreeNode node = root;
        int depth = 0;
        for (Object step : steps) {
            Optional<TreeNode> next = step(node, step);
            if (next.isEmpty()) {
                break;
            }
            node = next.get();
            depth++;
        }
        return new Reached(node, depth);
    }

    private static Optional<TreeNode> step(TreeNode node, Object step) {
        if (node instanceof MapNode map && step instanceof String key) {
            return map.get(key);
        }
        if (node instanceof ListNode list && step instanceof Integer index && index >= 0 && index < list.items().size()) {
            return Optional.of(list.items().get(index));
        }
        return Optional.empty();
    }

    private record Reached(TreeNode node, int depth) {
    }
}
