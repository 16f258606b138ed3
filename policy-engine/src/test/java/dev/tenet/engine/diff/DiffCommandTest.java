package dev.tenet.engine.diff;

import dev.tenet.engine.cli.TenetCli;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet diff} through the command line, on the repository of {@link DiffFixtures}. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private GitFixture fixture;
    private String policies;

    @BeforeEach
    void repository() {
        fixture = DiffFixtures.repository(dir);
        policies = dir.resolve("policies").toString();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void twoRevisionsPrintThePolicyChangesAndExitZero() {
        Run run = tenet("diff", "v1", "v2", "--policies", policies);

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("Policies from " + shortId("v1") + " to " + shortId("v2")
                + ": 1 added, 1 removed, 2 changed\n").contains("~ changed privacy.offer-opt-out 1.0.0 → 2.0.0\n");
        assertThat(run.out).doesNotContain("Designs");
    }

    @Test
    void designsAddTheDecisionsThatChange() {
        Run run = tenet("diff", "v1", "v2", "--policies", policies, "--designs",
                DiffFixtures.resource("designs").toString(), "--date", "2026-03-01");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("\nDesigns whose decision changes:\n  chatbot: NEEDS_WAIVER → PASS");
    }

    @Test
    void jsonPrintsTheDiffForTools() {
        Run run = tenet("diff", "v1", "v2", "--policies", policies, "--format", "json");

        assertThat(run.exit).isZero();
        assertThat(run.out).startsWith("{\n  \"from\": \"" + fullId("v1") + "\",\n");
    }

    @Test
    void anUnknownRevisionIsOneLineOfBadInputWithoutAStackTrace() {
        Run run = tenet("diff", "v1", "v3", "--policies", policies);

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err.lines()).singleElement().asString().startsWith("no revision 'v3' in ");
        assertThat(run.err).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aRevisionWhoseLibraryDoesNotLoadIsBadInput() {
        fixture.write("policies/privacy-security/offer-opt-out.yaml", "kind: Policy\n").commit("Break a policy");

        Run run = tenet("diff", "v1", "HEAD", "--policies", policies);

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).startsWith("the policies at HEAD do not load:\npolicies/privacy-security/offer-opt-out.yaml:1:1: ");
    }

    @Test
    void aMissingDesignsFolderIsBadInput() {
        Run run = tenet("diff", "v1", "v2", "--policies", policies, "--designs", dir.resolve("nowhere").toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.err).contains("no such folder");
    }

    @Test
    void bothRevisionsAreRequired() {
        assertThat(tenet("diff", "v1").exit).isEqualTo(2);
    }

    private String fullId(String revision) {
        try (GitRepository repository = GitRepository.open(dir)) {
            return repository.resolve(revision);
        }
    }

    private String shortId(String revision) {
        return fullId(revision).substring(0, 7);
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
