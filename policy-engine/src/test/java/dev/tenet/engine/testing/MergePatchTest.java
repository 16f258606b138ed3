package dev.tenet.engine.testing;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 7386 JSON merge patch over a design's spec. */
class MergePatchTest {

    private static final Map<String, Object> SPEC = Map.of(
            "decisionImpact", "high",
            "capabilities", List.of("generative", "text-classification"),
            "data", Map.of("personal", true, "encryption", Map.of("atRest", true, "inTransit", true)));

    private static Map<String, Object> withNull(String key) {
        Map<String, Object> patch = new HashMap<>();
        patch.put(key, null);
        return patch;
    }

    @Test
    void nestedMapsMergeKeyByKey() {
        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("data", Map.of("encryption", Map.of("atRest", false))));

        assertThat(patched.get("data")).isEqualTo(Map.of("personal", true,
                "encryption", Map.of("atRest", false, "inTransit", true)));
        assertThat(patched.get("decisionImpact")).isEqualTo("high");
    }

    @Test
    void nullRemovesTheKey() {
        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("data", withNull("encryption")));

        assertThat(patched.get("data")).isEqualTo(Map.of("personal", true));
    }

    @Test
    void nullForAKeyThatIsNotThereChangesNothing() {
        assertThat(MergePatch.apply(SPEC, withNull("optOut"))).isEqualTo(SPEC);
    }

    @Test
    void anArrayReplacesTheWholeArray() {
        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("capabilities", List.of("other")));

        assertThat(patched.get("capabilities")).isEqualTo(List.of("other"));
    }

    @Test
    void aScalarReplacesAMap() {
        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("data", false));

        assertThat(patched.get("data")).isEqualTo(false);
    }

    @Test
    void aMapReplacesAScalarWithoutItsNulls() {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("atRest", true);
        patch.put("inTransit", null);

        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("decisionImpact", patch));

        assertThat(patched.get("decisionImpact")).isEqualTo(Map.of("atRest", true));
    }

    @Test
    void newKeysAreAdded() {
        Map<String, Object> patched = MergePatch.apply(SPEC, Map.of("operations", Map.of("monitoring", true)));

        assertThat(patched).containsEntry("operations", Map.of("monitoring", true)).hasSize(4);
    }

    @Test
    void anEmptyPatchChangesNothing() {
        assertThat(MergePatch.apply(SPEC, Map.of())).isEqualTo(SPEC);
    }

    @Test
    void neitherArgumentIsChanged() {
        Map<String, Object> target = new HashMap<>(Map.of("data", new HashMap<>(Map.of("personal", true))));
        Map<String, Object> patch = Map.of("data", withNull("personal"));

        MergePatch.apply(target, patch);

        assertThat(target).isEqualTo(Map.of("data", Map.of("personal", true)));
        assertThat(patch).isEqualTo(Map.of("data", withNull("personal")));
    }
}
