package dev.tenet.engine.docs;

import dev.tenet.engine.cli.TenetCli;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.library.LibraryLoader;
import dev.tenet.engine.library.LibrarySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet docs} through the command line. */
class DocsCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheReferenceAndExitsZero() {
        Run run = tenet("docs", folder().toString());

        assertThat(run.exit).isZero();
        assertThat(run.out).isEqualTo(ReferenceDocument.markdown(
                new LibraryLoader().load(LibrarySource.worktree(folder())).value()));
        assertThat(run.err).isEmpty();
    }

    @Test
    void aRevisionIsDocumentedFromGitAndCanNameItsCommit() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            String commit = fixture.copy(folder(), "policies").commit("Add the policies");

            Run run = tenet("docs", dir.resolve("policies").toString(), "--ref", "main", "--with-commit");

            assertThat(run.exit).isZero();
            assertThat(run.out).startsWith("# Policy reference\n").contains("Generated from commit `" + commit + "`.");
        }
    }

    @Test
    void aMissingFolderIsBadInput() {
        Run run = tenet("docs", dir.resolve("nowhere").toString());

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.out).isEmpty();
        assertThat(run.err).contains("no such policy folder");
    }

    @Test
    void anUnknownRevisionIsOneLineOfBadInputWithoutAStackTrace() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.copy(folder(), "policies").commit("Add the policies");

            Run run = tenet("docs", dir.resolve("policies").toString(), "--ref", "v9");

            assertThat(run.exit).isEqualTo(2);
            assertThat(run.err.lines()).singleElement().asString().startsWith("no revision 'v9' in ");
        }
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(DocsCommandTest.class.getResource("/docs/library")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
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
