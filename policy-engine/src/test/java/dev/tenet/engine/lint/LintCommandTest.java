package dev.tenet.engine.lint;

import dev.tenet.engine.cli.TenetCli;
import dev.tenet.engine.git.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.tenet.engine.lint.LintFixtures.add;
import static dev.tenet.engine.lint.LintFixtures.library;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet lint} through the command line: what it prints and its exit status. */
class LintCommandTest {

    private static final String RETENTION = "privacy-security/limit-retention.yaml";

    @TempDir
    Path dir;

    @Test
    void aCleanLibraryExitsZeroWithOnlyTheSummary() {
        Run run = tenet("lint", library(dir).toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).isEqualTo("0 errors, 0 warnings\n");
        assertThat(run.err).isEmpty();
    }

    @Test
    void warningsArePrintedAndExitZero() {
        add(library(dir), "limit-retention.yaml", RETENTION);

        Run run = tenet("lint", dir.toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).contains(dir.resolve(RETENTION) + ":4:7: warning: policy 'privacy.limit-retention' has no test")
                .endsWith("\n0 errors, 1 warning\n");
    }

    @Test
    void strictModeTurnsWarningsIntoAFailure() {
        add(library(dir), "limit-retention.yaml", RETENTION);

        assertThat(tenet("lint", dir.toString(), "--strict").exit).isEqualTo(1);
    }

    @Test
    void errorsExitOneWithFileLineAndColumn() {
        add(library(dir), "compile-error.yaml", RETENTION);

        Run run = tenet("lint", dir.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).isEqualTo(dir.resolve(RETENTION) + ":14:40: undeclared reference to 'desing'"
                + " (did you mean 'design'?)\n1 error, 0 warnings\n");
    }

    @Test
    void jsonCountsTheProblems() {
        add(library(dir), "compile-error.yaml", RETENTION);

        Run run = tenet("lint", dir.toString(), "--format", "json");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).startsWith("{\n  \"errors\": 1,\n  \"warnings\": 0,\n").contains("\"line\": 14,", "\"column\": 40,");
    }

    @Test
    void aMissingFolderIsBadInput() {
        Run run = tenet("lint", dir.resolve("nowhere").toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("no such policy folder");
    }

    @Test
    void anUnknownRevisionIsOneLineOfBadInputWithoutAStackTrace() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.copy(LintFixtures.resource("library"), "policies").commit("Add the policies");

            Run run = tenet("lint", dir.resolve("policies").toString(), "--against", "mian");

            assertThat(run.exit).isEqualTo(2);
            assertThat(run.out).isEmpty();
            assertThat(run.err.lines()).singleElement().asString()
                    .startsWith("no revision 'mian' in ").endsWith("(did you mean 'main'?)");
            assertThat(run.err).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void aFolderOutsideGitCannotBeComparedWithARevision() {
        Run run = tenet("lint", library(dir).toString(), "--against", "HEAD");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("not a git repository: ");
    }

    @Test
    void aPolicyChangedSinceTheRevisionWithoutABumpExitsOne() throws IOException {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.copy(LintFixtures.resource("library"), "policies").commit("Add the policies");
            Path policy = dir.resolve("policies/privacy-security/encrypt-personal-data.yaml");
            Files.writeString(policy, Files.readString(policy).replace("severity: high", "severity: critical"));

            Run run = tenet("lint", dir.resolve("policies").toString(), "--against", "main");

            assertThat(run.exit).isEqualTo(1);
            assertThat(run.out).contains(policy + ":6:12: policy 'privacy.encrypt-personal-data' changed since main");
        }
    }

    private static Run tenet(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = TenetCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
