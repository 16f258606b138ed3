package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;

import static dev.tenet.model.yaml.Reads.problems;
import static dev.tenet.model.yaml.Reads.read;
import static dev.tenet.model.yaml.Reads.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** A key written twice in one mapping is refused, every time, pointing at the first one. */
class DuplicateKeysTest {

    @Test
    void everyDuplicateInTheFileIsReportedAtItsKeyWithTheFirstLine() {
        assertThat(problems(read(resource("duplicates.yaml")))).containsExactly(
                "policies/test.yaml:6:3: duplicate key 'id' (first defined at line 4)",
                "policies/test.yaml:12:7: duplicate key 'require' (first defined at line 11)",
                "policies/test.yaml:13:3: duplicate key 'severity' (first defined at line 8)",
                "policies/test.yaml:14:1: duplicate key 'kind' (first defined at line 2)");
    }

    @Test
    void aKeyWrittenThreeTimesIsReportedTwice() {
        assertThat(problems("a: 1\na: 2\na: 3\n")).containsExactly(
                "policies/test.yaml:2:1: duplicate key 'a' (first defined at line 1)",
                "policies/test.yaml:3:1: duplicate key 'a' (first defined at line 1)");
    }

    @Test
    void quotingDoesNotMakeADifferentKey() {
        assertThat(problems("severity: high\n\"severity\": low\n"))
                .containsExactly("policies/test.yaml:2:1: duplicate key 'severity' (first defined at line 1)");
    }

    @Test
    void duplicatesInFlowMappingsAreReportedToo() {
        assertThat(problems("spec: {a: 1, b: 2, a: 3}\n"))
                .containsExactly("policies/test.yaml:1:20: duplicate key 'a' (first defined at line 1)");
    }

    @Test
    void theSameKeyInDifferentMappingsIsFine() {
        assertThat(read("a: {id: 1}\nb: {id: 2}\nc: [{id: 3}, {id: 4}]\n").isSuccess()).isTrue();
    }

    @Test
    void keysThatOnlyLookAlikeAreDifferent() {
        assertThat(read("1: a\n01: b\n\"1\": c\n").problems()).singleElement()
                .hasToString("policies/test.yaml:3:1: duplicate key '1' (first defined at line 1)");
    }

    @Test
    void aLongOrMultiLineKeyIsQuotedShortAndOnOneLine() {
        String key = "\"line one\\nline two " + "x".repeat(100) + "\"";

        assertThat(problems(key + ": 1\n" + key + ": 2\n")).containsExactly("policies/test.yaml:2:1: duplicate key"
                + " 'line one\\nline two " + "x".repeat(42) + "...' (first defined at line 1)");
    }
}
