package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;

import static dev.tenet.model.yaml.Reads.onlyProblem;
import static dev.tenet.model.yaml.Reads.problems;
import static dev.tenet.model.yaml.Reads.read;
import static dev.tenet.model.yaml.Reads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** A Tenet file holds exactly one document, and that document is a mapping. */
class DocumentShapeTest {

    private static final String EMPTY = "policies/test.yaml:1:1: file is empty: expected a Tenet document"
            + " (apiVersion, kind, metadata, spec)";

    @Test
    void anEmptyFileIsAProblemAtItsStart() {
        assertThat(onlyProblem("").toString()).isEqualTo(EMPTY);
        assertThat(onlyProblem(read(new byte[0])).toString()).isEqualTo(EMPTY);
    }

    @Test
    void aFileOfOnlyCommentsAndBlankLinesIsEmpty() {
        assertThat(onlyProblem("# a policy\n\n   # to come\n").toString()).isEqualTo(EMPTY);
    }

    @Test
    void aDocumentMarkerWithNothingAfterItIsEmpty() {
        assertThat(onlyProblem("--- # nothing yet\n").toString()).isEqualTo(EMPTY);
    }

    @Test
    void aListAtTheTopIsAProblemAtTheList() {
        assertThat(problems("# designs\n- a\n- b\n"))
                .containsExactly("policies/test.yaml:2:1: expected a mapping at the top of the file, found a list");
    }

    @Test
    void aScalarAtTheTopIsAProblemNamingItsType() {
        assertThat(problems("\n  42\n"))
                .containsExactly("policies/test.yaml:2:3: expected a mapping at the top of the file, found an integer");
        assertThat(problems("hello"))
                .containsExactly("policies/test.yaml:1:1: expected a mapping at the top of the file, found a string");
    }

    @Test
    void aSecondDocumentIsAProblemAtItsStart() {
        assertThat(problems("kind: Policy\n---\nkind: Policy\n---\nkind: Other\n")).containsExactly(
                "policies/test.yaml:2:1: only one document per file: put this second document in a file of its own");
    }

    @Test
    void anExplicitStartAndEndOfTheOneDocumentIsFine() {
        assertThat(read("---\nkind: Policy\n...\n").isSuccess()).isTrue();
    }

    @Test
    void aMappingOrListAsAKeyIsAProblemAtTheKey() {
        assertThat(problems("kind: Policy\n? [a, b]\n: value\n? {x: 1}\n: value\n")).containsExactly(
                "policies/test.yaml:2:3: a key must be a single value, not a list",
                "policies/test.yaml:4:3: a key must be a single value, not a mapping");
    }

    @Test
    void readingBytesAndReadingTextGiveTheSameTree() {
        String yaml = "kind: Policy\nspec: {rules: [a, b]}\n";

        assertThat(read(utf8(yaml)).value()).isEqualTo(read(yaml).value());
    }

    @Test
    void problemsNameTheFileExactlyAsGiven() {
        var result = new YamlReader().read("./odd dir/ünïcode.yaml", "- a");

        assertThat(result.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file()).isEqualTo("./odd dir/ünïcode.yaml"));
    }
}
