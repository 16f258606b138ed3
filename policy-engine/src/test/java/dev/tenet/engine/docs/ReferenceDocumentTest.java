package dev.tenet.engine.docs;

import dev.tenet.engine.GoldenFiles;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibraryLoader;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.library.PolicyLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown reference of the small library under {@code src/test/resources/docs/library}. */
class ReferenceDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theReferenceMatchesTheGoldenFile() {
        GoldenFiles.in("docs").assertMatches("reference.golden.md", ReferenceDocument.markdown(library()));
    }

    @Test
    void theSameLibraryGivesTheSameBytes() {
        assertThat(ReferenceDocument.markdown(library())).isEqualTo(ReferenceDocument.markdown(library()));
    }

    @Test
    void theLibraryReadFromGitGivesTheSameDocumentAsTheWorkingTree() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.copy(folder(), "policies").commit("Add the policies");
            try (GitRepository repository = GitRepository.open(dir)) {
                PolicyLibrary atCommit = new LibraryLoader().load(LibrarySource.git(repository, "HEAD", "policies")).value();

                assertThat(ReferenceDocument.markdown(atCommit)).isEqualTo(ReferenceDocument.markdown(library()));
            }
        }
    }

    @Test
    void withoutBeingAskedTheDocumentNamesNoCommit() {
        assertThat(ReferenceDocument.markdown(library())).doesNotContain("commit");
    }

    @Test
    void askedForItTheDocumentNamesItsCommit() {
        assertThat(ReferenceDocument.markdown(library(), true)).contains("Generated from commit `worktree`.");
    }

    @Test
    void principlesAppearInTheOrderOfTheSixPrinciples() {
        String markdown = ReferenceDocument.markdown(library());

        assertThat(markdown.indexOf("\n## Fairness\n")).isPositive()
                .isLessThan(markdown.indexOf("\n## Privacy and security\n"));
        assertThat(markdown.indexOf("\n## Privacy and security\n")).isLessThan(markdown.indexOf("\n## Transparency\n"));
        assertThat(markdown).doesNotContain("## Reliability and safety", "## Inclusiveness", "## Accountability");
    }

    @Test
    void pipesAndLineBreaksInTableCellsDoNotBreakTheTable() {
        String markdown = ReferenceDocument.markdown(library());

        assertThat(markdown).contains("| Personal data is not encrypted at rest \\| in backups. |")
                .contains("| Encrypt every store that holds personal data.<br><br>Backups count as stores. |")
                .contains("`design.data.encryption.inTransit && design.security.authentication` when"
                        + " `'generative' in design.capabilities \\|\\| design.decisionImpact == 'high'`");
    }

    @Test
    void eachSourceSectionListsThePoliciesThatCiteItSorted() {
        assertThat(ReferenceDocument.markdown(library())).contains("| Responsible AI in Azure workloads"
                + " | Handle user data appropriately | `fairness.evaluate-subgroups`, `privacy.encrypt-personal-data` |");
    }

    @Test
    void eachReviewStageListsTheAttestationsItChecks() {
        assertThat(ReferenceDocument.markdown(library()))
                .contains("#### engineering\n\nSigned by role `ENGINEERING`, within 5 days.\n\n"
                        + "| Attestation | Policy | Question | Evidence |\n| --- | --- | --- | --- |\n"
                        + "| `key-rotation` | `privacy.encrypt-personal-data` | Are encryption keys rotated at least yearly? | optional |\n")
                .contains("#### board\n\nSigned by role `BOARD`, within 10 days.\n\nNo attestations.\n");
    }

    private static PolicyLibrary library() {
        return new LibraryLoader().load(LibrarySource.worktree(folder())).value();
    }

    private static Path folder() {
        try {
            return Path.of(Objects.requireNonNull(ReferenceDocumentTest.class.getResource("/docs/library")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
