package dev.tenet.model.yaml;

import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shortcuts for reading YAML in tests: text or a file under {@code src/test/resources/yaml/}. */
final class Reads {

    static final String FILE = "policies/test.yaml";
    private static final YamlReader READER = new YamlReader();

    private Reads() {
    }

    static ReadResult<TreeNode> read(String yaml) {
        return READER.read(FILE, yaml);
    }

    static ReadResult<TreeNode> read(byte[] content) {
        return READER.read(FILE, content);
    }

    /** The mapping a document that must be valid reads as. */
    static MapNode tree(String yaml) {
        ReadResult<TreeNode> result = read(yaml);
        assertThat(result.problems()).isEmpty();
        return (MapNode) result.value();
    }

    /** The problems of a document that must fail, as {@code file:line:column: message}. */
    static List<String> problems(ReadResult<TreeNode> result) {
        assertThat(result.isSuccess()).as("read should fail").isFalse();
        return result.problems().stream().map(Problem::toString).toList();
    }

    static List<String> problems(String yaml) {
        return problems(read(yaml));
    }

    /** The one problem of a document that must fail with exactly one. */
    static Problem onlyProblem(ReadResult<TreeNode> result) {
        assertThat(result.isSuccess()).as("read should fail").isFalse();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    static Problem onlyProblem(String yaml) {
        return onlyProblem(read(yaml));
    }

    static byte[] resource(String name) {
        try (InputStream in = Reads.class.getResourceAsStream("/yaml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource yaml/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The node at a path of keys and list indexes, such as {@code "metadata", "references", 0}. */
    static TreeNode at(TreeNode root, Object... path) {
        TreeNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index
                    ? ((ListNode) node).items().get(index)
                    : ((MapNode) node).get((String) step).orElseThrow();
        }
        return node;
    }

    /** The key position of the last key on a path. */
    static MapNode.Entry entry(TreeNode root, Object... path) {
        Object[] parent = Arrays.copyOf(path, path.length - 1);
        return ((MapNode) at(root, parent)).entry((String) path[path.length - 1]).orElseThrow();
    }
}
