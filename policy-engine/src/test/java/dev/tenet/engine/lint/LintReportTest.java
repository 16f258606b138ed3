package dev.tenet.engine.lint;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How lint problems print, and when they fail a run. */
class LintReportTest {

    private static final Problem ERROR = Problem.error("policies/b.yaml", new Position(3, 5), "bad \"thing\"");
    private static final Problem WARNING = Problem.warning("policies/a.yaml", new Position(12, 1), "odd thing");

    @Test
    void textPrintsOneSortedProblemPerLineThenTheSummary() {
        assertThat(LintReport.text(List.of(ERROR, WARNING))).isEqualTo("""
                policies/a.yaml:12:1: warning: odd thing
                policies/b.yaml:3:5: bad "thing"
                1 error, 1 warning
                """);
    }

    @Test
    void aCleanLibraryPrintsOnlyTheSummary() {
        assertThat(LintReport.text(List.of())).isEqualTo("0 errors, 0 warnings\n");
    }

    @Test
    void jsonCountsErrorsAndWarningsAndListsEveryProblemWithItsPosition() {
        assertThat(LintReport.json(List.of(ERROR, WARNING))).isEqualTo("""
                {
                  "errors": 1,
                  "warnings": 1,
                  "problems": [
                    {
                      "file": "policies/a.yaml",
                      "line": 12,
                      "column": 1,
                      "level": "warning",
                      "message": "odd thing"
                    },
                    {
                      "file": "policies/b.yaml",
                      "line": 3,
                      "column": 5,
                      "level": "error",
                      "message": "bad \\"thing\\""
                    }
                  ]
                }
                """);
    }

    @Test
    void warningsFailOnlyInStrictMode() {
        assertThat(LintReport.fails(List.of(WARNING), false)).isFalse();
        assertThat(LintReport.fails(List.of(WARNING), true)).isTrue();
    }

    @Test
    void errorsAlwaysFail() {
        assertThat(LintReport.fails(List.of(ERROR), false)).isTrue();
    }
}
