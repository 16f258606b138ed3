package dev.tenet.engine.lint;

import dev.tenet.engine.library.LibrarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.tenet.engine.lint.LintFixtures.add;
import static dev.tenet.engine.lint.LintFixtures.library;
import static dev.tenet.engine.lint.LintFixtures.printed;
import static org.assertj.core.api.Assertions.assertThat;

/** Lint points at the exact line and column inside the YAML file for problems in rule expressions. */
class ExpressionProblemsTest {

    private static final String POLICY = "privacy-security/limit-retention.yaml";

    @TempDir
    Path dir;

    @Test
    void theCleanLibraryHasNoProblems() {
        assertThat(lint(library(dir))).isEmpty();
    }

    @Test
    void anUnknownFieldInAPlainScalarIsAnErrorAtTheFieldWithADidYouMean() {
        add(library(dir), "misspelt-plain.yaml", POLICY);

        assertThat(lint(dir)).containsExactly(POLICY
                + ":14:28: unknown field 'retentionDay' in design.data (did you mean 'retentionDays'?)");
    }

    @Test
    void anUnknownFieldInADoubleQuotedScalarIsPlacedPastTheEscapesBeforeIt() {
        add(library(dir), "misspelt-quoted.yaml", POLICY);

        assertThat(lint(dir)).containsExactly(POLICY
                + ":14:64: unknown field 'retentonDays' in design.data (did you mean 'retentionDays'?)");
    }

    @Test
    void anExpressionThatDoesNotCompileIsAnErrorAtTheUndeclaredName() {
        add(library(dir), "compile-error.yaml", POLICY);

        assertThat(lint(dir)).containsExactly(POLICY
                + ":14:40: undeclared reference to 'desing' (did you mean 'design'?)");
    }

    @Test
    void anExpressionThatIsNotAConditionIsAWarning() {
        add(library(dir), "not-a-condition.yaml", POLICY);

        assertThat(lint(dir)).contains(POLICY
                + ":14:16: warning: the expression gives a value of type int, not true or false; a rule needs a condition");
    }

    @Test
    void aMisspeltKeyIsAnErrorAtTheKeyWithADidYouMean() throws IOException {
        Path policy = add(library(dir), "limit-retention.yaml", POLICY);
        Files.writeString(policy, Files.readString(policy).replace("  severity: medium", "  severty: medium"));

        assertThat(lint(dir)).singleElement().asString()
                .startsWith(POLICY + ":11:3: ").contains("'severty'").contains("did you mean 'severity'");
    }

    private List<String> lint(Path folder) {
        return printed(new Linter().lint(LibrarySource.worktree(folder)), folder);
    }
}
