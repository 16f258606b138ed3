package dev.tenet.engine.git;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionsTest {

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private String first;
    private String second;
    private String third;

    @BeforeEach
    void history() {
        fixture = GitFixture.init(dir);
        first = fixture.write("policies/a.yaml", "v: 1\n").commit("first");
        fixture.tag("v1", false).tag("v1-annotated", true).branch("release");
        second = fixture.write("policies/a.yaml", "v: 2\n").commit("second");
        third = fixture.write("policies/a.yaml", "v: 3\n").commit("third");
        repository = GitRepository.open(dir);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void aBranchResolvesToTheCommitItPointsAt() {
        assertThat(repository.resolve("main")).isEqualTo(third);
        assertThat(repository.resolve("release")).isEqualTo(first);
        assertThat(repository.resolve("refs/heads/release")).isEqualTo(first);
    }

    @Test
    void lightweightAndAnnotatedTagsResolveToTheirCommit() {
        assertThat(repository.resolve("v1")).isEqualTo(first);
        assertThat(repository.resolve("v1-annotated")).isEqualTo(first);
    }

    @Test
    void fullAndAbbreviatedCommitIdsResolve() {
        assertThat(repository.resolve(second)).isEqualTo(second);
        assertThat(repository.resolve(second.substring(0, 8))).isEqualTo(second);
    }

    @Test
    void relativeRevisionsResolve() {
        assertThat(repository.resolve("HEAD")).isEqualTo(third);
        assertThat(repository.resolve("HEAD~1")).isEqualTo(second);
        assertThat(repository.resolve("HEAD~2")).isEqualTo(first);
        assertThat(repository.resolve("main^")).isEqualTo(second);
    }

    @Test
    void anUnknownRevisionNamesTheRepositoryAndSuggestsACloseBranch() {
        assertThatThrownBy(() -> repository.resolve("mian"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision 'mian' in " + dir.toAbsolutePath()
                        + ": try a branch, tag or commit id (did you mean 'main'?)")
                .extracting(e -> ((UnknownRevisionException) e).revision()).isEqualTo("mian");
    }

    @Test
    void anUnknownRevisionSuggestsACloseTag() {
        assertThatThrownBy(() -> repository.resolve("v2"))
                .hasMessageEndingWith("try a branch, tag or commit id (did you mean 'v1'?)");
    }

    @Test
    void anUnknownRevisionWithNothingCloseHasNoSuggestion() {
        assertThatThrownBy(() -> repository.resolve("completely-different"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision 'completely-different' in " + dir.toAbsolutePath()
                        + ": try a branch, tag or commit id");
    }

    @Test
    void revisionsBeyondTheHistoryAndMissingObjectsAreUnknown() {
        assertThatThrownBy(() -> repository.resolve("HEAD~5")).isInstanceOf(UnknownRevisionException.class);
        assertThatThrownBy(() -> repository.resolve("0123456789012345678901234567890123456789"))
                .isInstanceOf(UnknownRevisionException.class);
        assertThatThrownBy(() -> repository.resolve("main:policies")).isInstanceOf(UnknownRevisionException.class);
        assertThatThrownBy(() -> repository.resolve(" ")).isInstanceOf(UnknownRevisionException.class);
    }

    @Test
    void branchesTagsAndTheirHeadsAreListed() {
        assertThat(repository.branches()).containsExactly("main", "release");
        assertThat(repository.tags()).containsExactly("v1", "v1-annotated");
        assertThat(repository.headOf("release")).contains(first);
        assertThat(repository.headOf("main")).contains(third);
        assertThat(repository.headOf("nope")).isEmpty();
    }

    @Test
    void aCommitIsDescribedWithItsAuthorTimeAndMessage() {
        Commit commit = repository.commit("HEAD~1");
        assertThat(commit.id()).isEqualTo(second);
        assertThat(commit.shortId()).isEqualTo(second.substring(0, 7));
        assertThat(commit.authorName()).isEqualTo("Pat Policy");
        assertThat(commit.authorEmail()).isEqualTo("pat@example.org");
        assertThat(commit.time()).isEqualTo(GitFixture.timeOf(1));
        assertThat(commit.shortMessage()).isEqualTo("second");
    }
}
