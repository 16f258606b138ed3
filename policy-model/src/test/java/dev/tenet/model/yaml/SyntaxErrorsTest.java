package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.tenet.model.yaml.Reads.onlyProblem;
import static dev.tenet.model.yaml.Reads.problems;
import static org.assertj.core.api.Assertions.assertThat;

/** A syntax error is one problem at the exact place of the mistake, in words a policy author knows. */
class SyntaxErrorsTest {

    @Test
    void aKeyIndentedLessThanItsSiblingsIsBadIndentation() {
        assertThat(problems("spec:\n  severity: high\n enforcement: advisory\n")).containsExactly(
                "policies/test.yaml:3:2: bad indentation: this key does not line up with the keys before it"
                        + " (in the mapping that starts at line 1)");
    }

    @Test
    void aKeyIndentedMoreThanItsSiblingsIsAMappingValueWhereNoneIsAllowed() {
        assertThat(problems("kind: Policy\n  spec: x\n")).containsExactly(
                "policies/test.yaml:2:7: mapping values are not allowed here: check this line's indentation,"
                        + " or quote a value that contains ': '");
    }

    @Test
    void aValueContainingColonSpaceNeedsQuotes() {
        assertThat(onlyProblem("message: Note: encrypt it\n").position().toString()).isEqualTo("1:14");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheQuoteOpens() {
        assertThat(problems("kind: Policy\ntitle: \"Encrypt data\nspec: {}\n")).containsExactly(
                "policies/test.yaml:2:8: this quoted value is never closed: add the closing quote");
    }

    @Test
    void windowsLineEndingsDoNotShiftTheReportedPosition() {
        assertThat(problems("kind: Policy\r\nspec:\r\n  a: 1\r\n b: 2\r\n")).singleElement().asString()
                .startsWith("policies/test.yaml:4:2: bad indentation");
    }

    @Test
    void tabIndentationSaysToUseSpaces() {
        assertThat(problems("spec:\n\tseverity: high\n"))
                .containsExactly("policies/test.yaml:2:1: tabs are not allowed for indentation; use spaces");
    }

    @Test
    void anUnclosedFlowListNamesWhereTheListStarts() {
        assertThat(problems("tags: [a, b\nkind: Policy\n")).containsExactly(
                "policies/test.yaml:2:5: expected ',' or ']' here: is the list that starts at line 1, column 7"
                        + " missing its ']'?");
    }

    @Test
    void anUnclosedFlowMappingNamesWhereTheMappingStarts() {
        assertThat(problems("a: {b: 1\n")).containsExactly(
                "policies/test.yaml:2:1: expected ',' or '}' here: is the mapping that starts at line 1, column 4"
                        + " missing its '}'?");
    }

    @Test
    void aQuestionMarkInAFlowMappingValueSaysToQuoteIt() {
        assertThat(problems("a: {question: Is it done?, evidence: none}\n")).containsExactly(
                "policies/test.yaml:1:25: inside { } a value with '?' in it must be quoted: write it as \"...?\"");
    }

    @Test
    void aListItemAmongKeysSaysToIndentTheList() {
        assertThat(onlyProblem("references:\n- a\nkind: x\n- b\n").toString()).isEqualTo(
                "policies/test.yaml:4:1: a list item is not allowed here, among the keys of a mapping:"
                        + " indent the list under its key (in the mapping that starts at line 1)");
    }

    @Test
    void aKeyWithoutItsColonIsReportedAtTheKey() {
        assertThat(problems("kind: Policy\nspec\n")).containsExactly("policies/test.yaml:2:1: could not find the"
                + " ':' after this key; if the line continues the value above it, indent it further");
    }

    @Test
    void textAfterAQuotedValueSaysToQuoteTheWholeValue() {
        assertThat(onlyProblem("title: \"Encrypt\" data\n").toString()).isEqualTo("policies/test.yaml:1:18:"
                + " unexpected text after a value: quote the whole value (in the mapping that starts at line 1)");
    }

    @Test
    void aReservedIndicatorSaysToQuoteTheValue() {
        assertThat(onlyProblem("owner: @policy-team\n").toString()).isEqualTo(
                "policies/test.yaml:1:8: found character '@' that cannot start a value; quote the value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a: [b, c]]\n", "a: }\n", ": x\n", "a: \"\\q\"\n", "a: !<> x\n", "%YAML 2.0\n---\na: 1\n",
            "a: |\n  x\n b: 2\n", "a: 'x\n", "{a: 1, [b]: 2}\n", "- - - [\n", "a:\n  - b\n  c: d\n"})
    void syntaxErrorsNeverMentionJavaOrParserInternals(String yaml) {
        assertThat(onlyProblem(yaml).message())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("org.yaml", "java.", "<block", "<stream", "<scalar", "<document", "\tat ");
    }
}
