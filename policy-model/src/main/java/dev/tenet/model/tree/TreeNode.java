package dev.tenet.model.tree;

import dev.tenet.model.Position;

/**
 * A node of a parsed YAML or JSON document that remembers where it was written.
 *
 * <p>The YAML reader produces these trees; schema validation and binding into the typed records
 * work on them, so every problem they find can point back at the line and column of the node.
 * Scalars are typed by the YAML 1.2 core schema: only {@code true}/{@code false} are booleans, so
 * {@code no} and {@code on} stay strings.
 */
public sealed interface TreeNode permits MapNode, ListNode, ScalarNode {

    /** Where the node starts in its file. */
    Position position();

    /** The node as plain Java values: {@code Map<String,Object>} (in file order), {@code List<Object>}, scalars. */
    Object toPlain();

    /** A short name of the node's type for messages: "a mapping", "a list", "a string", ... */
    String describe();
}
