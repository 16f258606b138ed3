package dev.tenet.model.tree;

import dev.tenet.model.Position;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence of nodes. */
public record ListNode(Position position, List<TreeNode> items) implements TreeNode {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public List<Object> toPlain() {
        List<Object> plain = new ArrayList<>(items.size());
        for (TreeNode item : items) {
            plain.add(item.toPlain());
        }
        return Collections.unmodifiableList(plain);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
