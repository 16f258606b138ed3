package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;

import static dev.tenet.model.yaml.Reads.problems;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anchors, aliases and tags have no use in a Tenet document and are the doors to alias bombs and
 * to constructing types: each one is refused where it is written, and nothing is instantiated.
 */
class RefusedFeaturesTest {

    @Test
    void anAnchorAndEachAliasAreReportedWhereTheyAreWritten() {
        assertThat(problems("base: &defaults {severity: high}\nspec: *defaults\nother: [*defaults]\n")).containsExactly(
                "policies/test.yaml:1:7: anchors and aliases are not supported (found '&defaults'); write the value out in full",
                "policies/test.yaml:2:7: anchors and aliases are not supported (found '*defaults'); write the value out in full",
                "policies/test.yaml:3:9: anchors and aliases are not supported (found '*defaults'); write the value out in full");
    }

    @Test
    void anAliasToNoAnchorIsTheSameProblem() {
        assertThat(problems("spec: *nowhere\n")).containsExactly(
                "policies/test.yaml:1:7: anchors and aliases are not supported (found '*nowhere'); write the value out in full");
    }

    @Test
    void aMergeKeyIsRefusedThroughItsAlias() {
        assertThat(problems("base: &b {x: 1}\nspec:\n  <<: *b\n")).hasSize(2)
                .last().asString().contains("3:7", "'*b'");
    }

    @Test
    void aJavaTypeTagIsRefusedAndNothingIsConstructed() {
        assertThat(problems("engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
                + " [\"http://localhost/\"]]]]\n")).containsExactly(
                "policies/test.yaml:1:9: tags are not supported (found '!!javax.script.ScriptEngineManager'); remove it, and quote the value if it must be a string",
                "policies/test.yaml:1:45: tags are not supported (found '!!java.net.URLClassLoader'); remove it, and quote the value if it must be a string",
                "policies/test.yaml:1:73: tags are not supported (found '!!java.net.URL'); remove it, and quote the value if it must be a string");
    }

    @Test
    void aLocalTagIsRefused() {
        assertThat(problems("kind: Policy\nspec: !policy {a: 1}\n")).containsExactly(
                "policies/test.yaml:2:7: tags are not supported (found '!policy'); remove it, and quote the value if it must be a string");
    }

    @Test
    void evenStandardTagsAreRefusedSinceQuotingSaysTheSame() {
        assertThat(problems("version: !!str 1.0\ncount: !!int \"3\"\n")).containsExactly(
                "policies/test.yaml:1:10: tags are not supported (found '!!str'); remove it, and quote the value if it must be a string",
                "policies/test.yaml:2:8: tags are not supported (found '!!int'); remove it, and quote the value if it must be a string");
    }

    @Test
    void aTagDeclaredByDirectiveIsShownExpanded() {
        assertThat(problems("%TAG !py! tag:yaml.org,2002:python/\n---\na: !py!object/apply:os.system [ls]\n"))
                .containsExactly("policies/test.yaml:3:4: tags are not supported (found '!!python/object/apply:os.system');"
                        + " remove it, and quote the value if it must be a string");
    }

    @Test
    void refusedFeaturesAndDuplicateKeysAreReportedTogether() {
        assertThat(problems("a: &x 1\na: 2\nb: !t 3\n")).hasSize(3);
    }
}
