package dev.tenet.engine.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmptyRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void aRevisionOfARepositoryWithoutCommitsSaysThereAreNone() {
        GitFixture.init(dir).close();
        try (GitRepository repository = GitRepository.open(dir)) {
            assertThatThrownBy(() -> repository.resolve("HEAD"))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("no revision 'HEAD' in " + dir.toAbsolutePath()
                            + ": the repository has no commits yet; commit the policy library first");
        }
    }

    @Test
    void aRepositoryWithoutCommitsHasNoHistoryAndNoBranches() {
        GitFixture.init(dir).close();
        try (GitRepository repository = GitRepository.open(dir)) {
            assertThat(repository.history("policies", 10)).isEmpty();
            assertThat(repository.branches()).isEmpty();
        }
    }
}
