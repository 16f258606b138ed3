package dev.tenet.engine.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GitMirrorTest {

    @TempDir
    Path temp;

    @Test
    void tellsRemotesFromLocalFolders() {
        assertThat(GitMirror.isRemote("https://git.example.com/policies.git")).isTrue();
        assertThat(GitMirror.isRemote("file:///srv/policies.git")).isTrue();
        assertThat(GitMirror.isRemote("git@github.com:acme/policies.git")).isTrue();
        assertThat(GitMirror.isRemote(".")).isFalse();
        assertThat(GitMirror.isRemote("/srv/policies")).isFalse();
        assertThat(GitMirror.isRemote("C:\\policies")).isFalse();
    }

    @Test
    void clonesOnceAndFetchesNewCommits() {
        try (GitFixture remote = GitFixture.init(temp.resolve("remote"))) {
            String first = remote.write("policies/a.yaml", "a: 1\n").commit("first");
            GitMirror mirror = GitMirror.of(url(remote), temp.resolve("mirror"));
            try (GitRepository repository = mirror.open()) {
                assertThat(repository.headOf("main")).contains(first);
                assertThat(repository.workTree()).isEmpty();
            }
            assertThat(mirror.fetch()).isEmpty();

            String second = remote.write("policies/a.yaml", "a: 2\n").commit("second");
            assertThat(mirror.fetch()).singleElement().asString().startsWith("refs/heads/main: " + first.substring(0, 12));
            try (GitRepository repository = mirror.open()) {
                assertThat(repository.headOf("main")).contains(second);
            }
            // an existing mirror is reused, not cloned again
            GitMirror again = GitMirror.of(url(remote), temp.resolve("mirror"));
            try (GitRepository repository = again.open()) {
                assertThat(repository.headOf("main")).contains(second);
            }
        }
    }

    @Test
    void followsForcePushesAndDeletedBranches() throws Exception {
        try (GitFixture remote = GitFixture.init(temp.resolve("remote"))) {
            String first = remote.write("policies/a.yaml", "a: 1\n").commit("first");
            remote.branch("feature");
            remote.write("policies/a.yaml", "a: 2\n").commit("second");
            GitMirror mirror = GitMirror.of(url(remote), temp.resolve("mirror"));
            try (Git git = Git.open(remote.root().toFile())) {
                git.reset().setMode(ResetCommand.ResetType.HARD).setRef(first).call();
                git.branchDelete().setBranchNames("feature").setForce(true).call();
            }
            assertThat(mirror.fetch()).hasSize(2);
            try (GitRepository repository = mirror.open()) {
                assertThat(repository.headOf("main")).contains(first);
                assertThat(repository.branches()).containsExactly("main");
            }
        }
    }

    @Test
    void aFailedCloneLeavesNothingBehind() {
        Path folder = temp.resolve("mirror");
        assertThatThrownBy(() -> GitMirror.of("file://" + temp.resolve("nowhere"), folder))
                .isInstanceOf(GitException.class).hasMessageContaining("cannot clone");
        assertThat(folder).doesNotExist();
        assertThat(temp.resolve("mirror.partial")).doesNotExist();
    }

    @Test
    void refusesSshAndAFolderOfAnotherRemote() throws Exception {
        assertThatThrownBy(() -> GitMirror.of("git@github.com:acme/policies.git", temp.resolve("m")))
                .hasMessageContaining("SSH remotes are not supported");
        try (GitFixture one = GitFixture.init(temp.resolve("one")); GitFixture two = GitFixture.init(temp.resolve("two"))) {
            one.write("a.yaml", "a: 1\n").commit("one");
            two.write("a.yaml", "a: 1\n").commit("two");
            GitMirror.of(url(one), temp.resolve("mirror"));
            assertThatThrownBy(() -> GitMirror.of(url(two), temp.resolve("mirror")))
                    .hasMessageContaining("delete the folder to clone the new remote");
        }
        Files.createDirectories(temp.resolve("plain"));
        assertThatThrownBy(() -> GitMirror.of("file:///x.git", temp.resolve("plain")).fetch())
                .isInstanceOf(GitException.class);
    }

    private static String url(GitFixture fixture) {
        return fixture.root().toUri().toString();
    }
}
