package dev.tenet.model.read;

import dev.tenet.model.Position;
import dev.tenet.model.SourceMap;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;

import java.util.HashMap;
import java.util.Map;

/** Builds a document's {@link SourceMap}: the position of every node by its path. */
final class SourceMaps {

    private SourceMaps() {
    }

    static SourceMap of(String file, TreeNode root) {
        Map<String, Position> positions = new HashMap<>();
        walk("", root, positions);
        return new SourceMap(file, positions);
    }

    private static void walk(String path, TreeNode node, Map<String, Position> positions) {
        positions.put(path, node.position());
        if (node instanceof MapNode map) {
            for (MapNode.Entry entry : map.entries()) {
                walk(path.isEmpty() ? entry.key() : path + "." + entry.key(), entry.value(), positions);
            }
        } else if (node instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                walk(path + "[" + i + "]", list.items().get(i), positions);
            }
        }
    }
}
