package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.tree.ListNode;
import dev.tenet.model.tree.MapNode;
import dev.tenet.model.tree.TreeNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.tenet.model.yaml.Reads.at;
import static dev.tenet.model.yaml.Reads.entry;
import static dev.tenet.model.yaml.Reads.read;
import static dev.tenet.model.yaml.Reads.resource;
import static dev.tenet.model.yaml.Reads.tree;
import static org.assertj.core.api.Assertions.assertThat;

/** Every node and key keeps the 1-based line and column where it was written. */
class PositionsTest {

    private final TreeNode positions = read(resource("positions.yaml")).value();

    @Test
    void blockMappingsStartAtTheirFirstKey() {
        assertThat(positions.position()).isEqualTo(new Position(1, 1));
        assertThat(at(positions, "metadata").position()).isEqualTo(new Position(2, 3));
    }

    @Test
    void keysAndScalarValuesHaveTheirOwnPositions() {
        assertThat(entry(positions, "metadata", "id").keyPosition()).isEqualTo(new Position(2, 3));
        assertThat(at(positions, "metadata", "id").position()).isEqualTo(new Position(2, 7));
        assertThat(entry(positions, "spec").keyPosition()).isEqualTo(new Position(7, 1));
    }

    @Test
    void blockListItemsStartAfterTheirDash() {
        ListNode references = (ListNode) at(positions, "metadata", "references");

        assertThat(references.position()).isEqualTo(new Position(4, 5));
        assertThat(at(references, 0).position()).isEqualTo(new Position(4, 7));
        assertThat(at(references, 0, "source").position()).isEqualTo(new Position(4, 15));
        assertThat(entry(references, 0, "section").keyPosition()).isEqualTo(new Position(5, 7));
        assertThat(at(references, 1).position()).isEqualTo(new Position(6, 7));
    }

    @Test
    void quotedAndBlockScalarsStartAtTheirIndicator() {
        assertThat(at(positions, "metadata", "references", 0, "section").position()).isEqualTo(new Position(5, 16));
        assertThat(at(positions, "spec", "note").position()).isEqualTo(new Position(9, 9));
    }

    @Test
    void flowCollectionsStartAtTheirBracket() {
        TreeNode rules = at(positions, "spec", "rules");

        assertThat(rules.position()).isEqualTo(new Position(8, 10));
        assertThat(at(rules, 0).position()).isEqualTo(new Position(8, 11));
        assertThat(entry(rules, 1, "id").keyPosition()).isEqualTo(new Position(8, 27));
        assertThat(at(rules, 1, "id").position()).isEqualTo(new Position(8, 31));
    }

    @Test
    void crlfLineEndingsGiveTheSamePositionsAsLf() {
        String lf = new String(resource("positions.yaml"), StandardCharsets.UTF_8);

        TreeNode crlf = read(lf.replace("\n", "\r\n")).value();

        assertThat(crlf).isEqualTo(positions);
    }

    @Test
    void oldMacLineEndingsAlsoBreakLines() {
        assertThat(entry(tree("a: 1\rb: 2\r"), "b").keyPosition()).isEqualTo(new Position(2, 1));
    }

    @Test
    void aByteOrderMarkIsNotCountedAsAColumn() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, resource("positions.yaml"));

        assertThat(read(withBom).value()).isEqualTo(positions);
        assertThat(read("\uFEFFa: 1").value().position()).isEqualTo(new Position(1, 1));
    }

    @Test
    void columnsCountCharactersNotBytesOrUtf16Units() {
        MapNode root = tree("title: \"Zürich 😀\"\nlist: [😀, x]\n");

        assertThat(at(root, "list", 1).position()).isEqualTo(new Position(2, 11));
    }

    @Test
    void jsonReadsAsYamlWithPositions() {
        MapNode root = tree("{\n  \"kind\": \"Policy\",\n  \"spec\": {\"rules\": [1, 2.5, true, null]}\n}\n");

        assertThat(root.toPlain()).isEqualTo(Map.of("kind", "Policy",
                "spec", Map.of("rules", Arrays.asList(1L, 2.5, true, null))));
        assertThat(entry(root, "spec").keyPosition()).isEqualTo(new Position(3, 3));
        assertThat(at(root, "spec", "rules", 1).position()).isEqualTo(new Position(3, 25));
    }

    @Test
    void keysKeepTheOrderTheyWereWrittenIn() {
        MapNode root = tree("zeta: 1\nalpha: 2\nmid: 3\n");

        assertThat(root.entries()).extracting(MapNode.Entry::key).isEqualTo(List.of("zeta", "alpha", "mid"));
    }

    @Test
    void aRealPolicyReadsWithoutProblems() {
        var result = read(resource("policy.yaml"));

        assertThat(result.problems()).isEmpty();
        assertThat(at(result.value(), "spec", "rules", 0, "require").position()).isEqualTo(new Position(18, 16));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
