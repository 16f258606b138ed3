package dev.tenet.model.tree;

import dev.tenet.model.Position;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A mapping whose keys are strings, in the order they were written. Keys are unique: the reader
 * refuses a duplicate key before a tree is built.
 */
public record MapNode(Position position, List<Entry> entries) implements TreeNode {

    /** One key with its value; the key keeps its own position for "unknown key" problems. */
    public record Entry(String key, Position keyPosition, TreeNode value) {
    }

    public MapNode {
        entries = List.copyOf(entries);
    }

    /** The value under a key, if the mapping has it. */
    public Optional<TreeNode> get(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry.value());
            }
        }
        return Optional.empty();
    }

    /** The entry under a key, if the mapping has it. */
    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        for (Entry entry : entries) {
            plain.put(entry.key(), entry.value().toPlain());
        }
        return Collections.unmodifiableMap(plain);
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
