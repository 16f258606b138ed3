package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import dev.tenet.engine.git.GitFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.tenet.engine.cli.Tenet.design;
import static dev.tenet.engine.cli.Tenet.library;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mistake a user can make on the command line exits 2 with a message that names the file
 * (and the line and column where there is one) and says what to do; never a stack trace.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static String policies() {
        return library().toString();
    }

    private static String mistake(String name) {
        return Tenet.resource("mistakes/" + name).toString();
    }

    /** Exit 2, nothing on standard output, and standard error without a trace of Java. */
    private static Run badInput(String... args) {
        Run run = Tenet.run(args);
        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).as(run.toString()).isEmpty();
        assertThat(run.err()).as(run.toString()).isNotBlank().doesNotContain("Exception", "at dev.tenet", "\tat ");
        return run;
    }

    @Test
    void aMissingDesignFile() {
        Path missing = dir.resolve("claims.yaml");

        assertThat(badInput("check", missing.toString(), "--policies", policies()).err())
                .isEqualTo(missing + ": no such file; check the path\n");
    }

    @Test
    void aFolderGivenAsADesign() {
        assertThat(badInput("check", dir.toString(), "--policies", policies()).err())
                .isEqualTo(dir + ": is a folder, not a file; name the WorkloadDesign files, e.g. "
                        + dir.resolve("*.yaml") + "\n");
    }

    @Test
    void everyMissingFileIsNamedAtOnce() {
        Run run = badInput("check", dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
                "--policies", policies());

        assertThat(run.err().lines()).containsExactly(dir.resolve("a.yaml") + ": no such file; check the path",
                dir.resolve("b.yaml") + ": no such file; check the path");
    }

    @Test
    void anUnclosedQuoteInADesignIsPlacedAtItsLineAndColumn() {
        assertThat(badInput("check", mistake("unclosed-quote.yaml"), "--policies", policies()).err())
                .isEqualTo(mistake("unclosed-quote.yaml") + ":5:16: this quoted value is never closed: add the closing quote\n");
    }

    @Test
    void badIndentationInADesignIsPlacedAtItsLineAndColumn() {
        assertThat(badInput("check", mistake("bad-indentation.yaml"), "--policies", policies()).err())
                .startsWith(mistake("bad-indentation.yaml") + ":5:8: mapping values are not allowed here");
    }

    @Test
    void aMisspeltKeyInADesignSuggestsTheRightOne() {
        assertThat(badInput("check", mistake("misspelt-key.yaml"), "--policies", policies()).err())
                .isEqualTo(mistake("misspelt-key.yaml") + ":6:3: unknown key 'capabilties' (did you mean 'capabilities'?)\n");
    }

    @Test
    void aPolicyFileWhereADesignIsExpected() {
        String policy = library().resolve("privacy/encrypt.yaml").toString();

        assertThat(badInput("check", policy, "--policies", policies()).err())
                .isEqualTo(policy + ":2:7: expected a WorkloadDesign document here, found kind Policy\n");
    }

    @Test
    void anUnknownOptionSuggestsTheClosestOne() {
        assertThat(badInput("check", design("passing"), "--fromat", "json").err())
                .isEqualTo("tenet check: unknown option '--fromat' (did you mean '--format'?)\n"
                        + "Run 'tenet check --help' for usage.\n");
    }

    @Test
    void anUnknownCommandSuggestsTheClosestOne() {
        assertThat(badInput("chek", design("passing")).err())
                .startsWith("tenet: unknown command 'chek' (did you mean 'check'?); the commands are check, test, lint,"
                        + " diff, explain, docs\n");
    }

    @Test
    void aBadFormatListsTheFormats() {
        assertThat(badInput("check", design("passing"), "--format", "jsn").err())
                .startsWith("tenet check: --format: 'jsn' is not one of text, json, sarif, junit (did you mean 'json'?)\n");
    }

    @Test
    void aBadDateShowsTheFormat() {
        assertThat(badInput("check", design("passing"), "--date", "31/03/2026").err())
                .startsWith("tenet check: --date: '31/03/2026' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31\n");
    }

    @Test
    void aDayThatDoesNotExistIsNotADate() {
        assertThat(badInput("check", design("passing"), "--date", "2026-02-30").err())
                .contains("'2026-02-30' is not a date");
    }

    @Test
    void aMissingDesignArgument() {
        assertThat(badInput("check", "--policies", policies()).err())
                .startsWith("tenet check: Missing required parameter: 'DESIGN'\n");
    }

    @Test
    void aPoliciesFolderThatDoesNotExist() {
        Path missing = dir.resolve("policies");

        assertThat(badInput("check", design("passing"), "--policies", missing.toString()).err())
                .isEqualTo(missing + ": no such policy folder; pass the library with --policies DIR\n");
    }

    @Test
    void aMissingWaiversFile() {
        Path missing = dir.resolve("waivers.yaml");

        assertThat(badInput("check", design("passing"), "--policies", policies(), "--waivers", missing.toString()).err())
                .isEqualTo(missing + ": no such file; check the path\n");
    }

    @Test
    void aRevisionOfAFolderThatIsNotAGitRepository() {
        Path copy = Tenet.copyOfLibrary(dir.resolve("policies"));

        assertThat(badInput("check", design("passing"), "--policies", copy.toString(), "--ref", "HEAD").err())
                .startsWith("not a git repository: " + copy);
    }

    @Test
    void anUnknownRevisionSuggestsTheClosestBranch() {
        try (GitFixture git = GitFixture.init(dir)) {
            git.copy(library(), "policies").commit("Add the policies");

            Run run = badInput("check", design("passing"), "--policies", dir.resolve("policies").toString(), "--ref", "mian");

            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("no revision 'mian' in ").endsWith("(did you mean 'main'?)");
        }
    }

    @Test
    void aBrokenPolicyLibraryListsItsProblemsWithPositions() throws IOException {
        Path copy = Tenet.copyOfLibrary(dir.resolve("policies"));
        Path policy = copy.resolve("fairness/subgroups.yaml");
        Files.writeString(policy, Files.readString(policy).replace("severity: medium", "severty: medium"));

        Run run = badInput("check", design("passing"), "--policies", copy.toString());

        assertThat(run.err().lines()).first().isEqualTo("the policies in " + copy + " do not load; fix these problems:");
        assertThat(run.err()).contains(policy + ":11:3: unknown key 'severty' (did you mean 'severity'?)");
    }

    @Test
    void explainWithAnUnknownRuleSuggestsTheClosestOne() {
        assertThat(badInput("explain", design("passing"), "--policies", policies(), "--rule", "privacy.encrypt/at-rst").err())
                .isEqualTo("--rule privacy.encrypt/at-rst: no such rule in the policies in " + library()
                        + " (did you mean 'privacy.encrypt/at-rest'?)\n");
    }

    @Test
    void explainWithARuleIdAloneAsksForThePolicy() {
        assertThat(badInput("explain", design("passing"), "--policies", policies(), "--rule", "at-rest").err())
                .isEqualTo("--rule at-rest: name the rule as policy-id/rule-id, e.g. privacy.encrypt/at-rest\n");
    }

    @Test
    void testOfAFolderThatDoesNotExist() {
        Path missing = dir.resolve("policies");

        assertThat(badInput("test", missing.toString()).err()).startsWith(missing + ": no such policy folder; ");
    }

    @Test
    void anArgumentACommandDoesNotTake() {
        assertThat(badInput("test", policies(), "extra").err()).startsWith("tenet test: unexpected argument 'extra'\n");
    }
}
