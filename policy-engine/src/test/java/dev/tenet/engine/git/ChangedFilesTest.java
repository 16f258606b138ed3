package dev.tenet.engine.git;

import dev.tenet.engine.git.FileChange.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChangedFilesTest {

    @TempDir
    Path dir;

    @Test
    void addedRemovedAndModifiedFilesUnderTheFolderAreListedByPath() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            String before = fixture.write("policies/keep.yaml", "same\n").write("policies/edit.yaml", "v: 1\n")
                    .write("policies/drop.yaml", "old\n").write("other/x.yaml", "1\n").commit("before");
            String after = fixture.write("policies/edit.yaml", "v: 2\n").delete("policies/drop.yaml")
                    .write("policies/sub/add.yaml", "new\n").write("other/x.yaml", "2\n").commit("after");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.changedFiles(before, after, "policies")).containsExactly(
                        new FileChange(Change.REMOVED, "policies/drop.yaml"),
                        new FileChange(Change.MODIFIED, "policies/edit.yaml"),
                        new FileChange(Change.ADDED, "policies/sub/add.yaml"));
                assertThat(repository.changedFiles("HEAD~1", "HEAD", "")).hasSize(4);
            }
        }
    }

    @Test
    void comparingTheOtherWayRoundSwapsAddedAndRemoved() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").commit("before");
            fixture.write("policies/b.yaml", "b\n").commit("after");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.changedFiles("HEAD", "HEAD~1", "policies"))
                        .containsExactly(new FileChange(Change.REMOVED, "policies/b.yaml"));
            }
        }
    }

    @Test
    void aRenameIsTheOldPathRemovedAndTheNewOneAdded() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/old.yaml", "content\n").commit("before");
            fixture.delete("policies/old.yaml").write("policies/new.yaml", "content\n").commit("rename");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.changedFiles("HEAD~1", "HEAD", "policies")).containsExactly(
                        new FileChange(Change.ADDED, "policies/new.yaml"),
                        new FileChange(Change.REMOVED, "policies/old.yaml"));
            }
        }
    }

    @Test
    void aCommitComparedWithItselfHasNoChanges() {
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/a.yaml", "a\n").commit("only");
            try (GitRepository repository = GitRepository.open(dir)) {
                assertThat(repository.changedFiles("HEAD", "main", "policies")).isEmpty();
            }
        }
    }
}
