package dev.tenet.engine.lint;

import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.tenet.engine.lint.LintFixtures.add;
import static dev.tenet.engine.lint.LintFixtures.library;
import static dev.tenet.engine.lint.LintFixtures.printed;
import static org.assertj.core.api.Assertions.assertThat;

/** Lint warns about policies and rules that no test checks. */
class TestCoverageTest {

    private static final String POLICY = "privacy-security/limit-retention.yaml";
    private static final String TEST = "privacy-security/limit-retention_test.yaml";

    @TempDir
    Path dir;

    @Test
    void aPolicyWithoutATestIsAWarningAtItsId() {
        add(library(dir), "limit-retention.yaml", POLICY);

        assertThat(lint()).containsExactly(POLICY + ":4:7: warning: policy 'privacy.limit-retention' has no test:"
                + " add limit-retention_test.yaml beside it with a passing and a failing case");
    }

    @Test
    void aPolicyWithoutATestStillLintsWithoutErrors() {
        add(library(dir), "limit-retention.yaml", POLICY);

        List<Problem> problems = new Linter().lint(LibrarySource.worktree(dir));

        assertThat(problems).noneMatch(Problem::isError);
        assertThat(LintReport.fails(problems, false)).isFalse();
    }

    @Test
    void strictModeFailsOnAMissingTest() {
        add(library(dir), "limit-retention.yaml", POLICY);

        assertThat(LintReport.fails(new Linter().lint(LibrarySource.worktree(dir)), true)).isTrue();
    }

    @Test
    void aRuleNoCaseExpectsAnythingOfIsAWarningAtTheRuleId() {
        add(library(dir), "limit-retention.yaml", POLICY);
        add(dir, "limit-retention_test.yaml", TEST);

        assertThat(lint()).containsExactly(POLICY + ":17:11: warning: rule 'retention-set' of policy"
                + " 'privacy.limit-retention' is not checked by any test case: add a case whose expect says"
                + " retention-set: PASS or retention-set: FAIL");
    }

    @Test
    void aLibraryWideTestThatNamesPolicySlashRuleCoversTheRule() {
        add(library(dir), "limit-retention.yaml", POLICY);
        add(dir, "limit-retention_test.yaml", TEST);
        add(dir, "library-wide_test.yaml", "library-wide_test.yaml");

        assertThat(lint()).isEmpty();
    }

    @Test
    void aLibraryWideTestAloneDoesNotCountAsThePolicysTest() {
        add(library(dir), "limit-retention.yaml", POLICY);
        add(dir, "library-wide_test.yaml", "library-wide_test.yaml");

        assertThat(lint()).singleElement().asString().contains("policy 'privacy.limit-retention' has no test");
    }

    private List<String> lint() {
        return printed(new Linter().lint(LibrarySource.worktree(dir)), dir);
    }
}
