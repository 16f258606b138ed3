package dev.tenet.engine.lint;

import dev.tenet.engine.library.LibrarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.tenet.engine.lint.LintFixtures.add;
import static dev.tenet.engine.lint.LintFixtures.library;
import static dev.tenet.engine.lint.LintFixtures.printed;
import static org.assertj.core.api.Assertions.assertThat;

/** Lint warns when the risk tiers can leave a design without a line. */
class RiskTierChecksTest {

    @TempDir
    Path dir;

    @Test
    void riskTiersThatDoNotEndWithTrueAreAWarningAtTheLastCondition() {
        add(library(dir), "governance-without-fallback.yaml", "governance.yaml");

        assertThat(printed(new Linter().lint(LibrarySource.worktree(dir)), dir)).containsExactly(
                "governance.yaml:7:28: warning: the last risk tier's condition is not \"true\": a design that matches"
                        + " no line gets no tier from this list and falls to low; end riskTiers with"
                        + " {tier: low, when: \"true\"} or make the last line's condition \"true\"");
    }

    @Test
    void riskTiersEndingWithTrueAreClean() {
        assertThat(new Linter().lint(LibrarySource.worktree(library(dir)))).isEmpty();
    }
}
