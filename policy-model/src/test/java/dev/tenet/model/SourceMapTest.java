package dev.tenet.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourceMapTest {

    private final SourceMap map = new SourceMap("d.yaml", Map.of(
            "", new Position(1, 1),
            "spec", new Position(5, 3),
            "spec.data", new Position(9, 5),
            "spec.rules[0]", new Position(12, 7)));

    @Test
    void findsAnExactPath() {
        assertThat(map.positionOf("spec.data")).contains(new Position(9, 5));
        assertThat(map.positionOf("spec.security")).isEmpty();
    }

    @Test
    void placesAMissingFieldAtItsNearestAncestor() {
        assertThat(map.nearest("spec.data.encryption.atRest")).isEqualTo(new Position(9, 5));
        assertThat(map.nearest("spec.rules[0].require")).isEqualTo(new Position(12, 7));
        assertThat(map.nearest("spec.security.rbac")).isEqualTo(new Position(5, 3));
        assertThat(map.nearest("metadata.owner")).isEqualTo(new Position(1, 1));
    }

    @Test
    void aDocumentBuiltInCodeHasNoPositions() {
        assertThat(SourceMap.none("x").nearest("spec.a")).isEqualTo(Position.START);
    }
}
