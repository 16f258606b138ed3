package dev.tenet.model.schema;

import dev.tenet.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.tenet.model.schema.Documents.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code anyOf} and {@code oneOf} make the schema library report every failing branch; a user sees
 * the problems of the branch that fits, or one problem when none does. Tenet's own schemas use no
 * choices today, so these tests bring a schema of their own.
 */
class ChoiceProblemsTest {

    private static final SchemaValidator CHOICES = SchemaValidator.of("https://tenet.dev/test/choices.schema.json", """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "properties": {
                "source": {
                  "anyOf": [
                    {"type": "string", "pattern": "^https://"},
                    {"type": "object", "additionalProperties": false, "properties": {"path": {"type": "string"}}}
                  ]
                },
                "mode": {"oneOf": [{"enum": ["fast", "careful"]}, {"const": "off"}]},
                "limits": {"type": "array", "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]}},
                "label": {"oneOf": [{"type": "string"}, {"minLength": 1}]}
              }
            }
            """);

    private static List<String> report(String yaml) {
        return CHOICES.validate("c.yaml", parse(yaml)).stream().map(Problem::toString).toList();
    }

    @Test
    void onlyTheBranchWhoseShapeFitsReportsItsProblems() {
        assertThat(report("""
                source: {path: 7, extra: true}
                """)).containsExactly(
                "c.yaml:1:16: expected a string, found an integer ('7')",
                "c.yaml:1:19: unknown key 'extra'; allowed keys: path");
    }

    @Test
    void aStringFittingTheStringBranchReportsOnlyThatBranch() {
        assertThat(report("""
                source: ftp://example
                """)).containsExactly("c.yaml:1:9: 'ftp://example' does not match the pattern ^https://");
    }

    @Test
    void whenNoBranchFitsOneProblemSaysWhatWould() {
        assertThat(report("""
                source: [a, b]
                """)).containsExactly("c.yaml:1:9: expected a string or a mapping, found a list");
    }

    @Test
    void enumerationsAcrossBranchesAreListedTogether() {
        assertThat(report("""
                mode: fsat
                """)).containsExactly("c.yaml:1:7: 'fsat' is not one of: fast, careful, off (did you mean 'fast'?)");
    }

    @Test
    void eachListItemIsJudgedOnItsOwn() {
        assertThat(report("""
                limits: [10, fast, true, 3]
                """)).containsExactly("c.yaml:1:20: expected a string or an integer, found a boolean ('true')");
    }

    @Test
    void aValueMatchingMoreThanOneExclusiveBranchIsReportedOnce() {
        assertThat(report("""
                label: both
                """)).containsExactly("c.yaml:1:8: label fits more than one of the forms it may take; make it fit exactly one");
    }
}
