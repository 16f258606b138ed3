package dev.tenet.engine.git;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {

    private static final String ENCRYPT = "policies/privacy/encrypt.yaml";

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private String created;
    private String tightened;

    @BeforeEach
    void history() {
        fixture = GitFixture.init(dir);
        created = fixture.write(ENCRYPT, "v: 1\n").commit("Add encryption policy\n\nAsked for by legal.",
                "Ada Author", "ada@example.org");
        fixture.write("policies/fairness/subgroups.yaml", "v: 1\n").commit("Add subgroup policy", "Bo Builder",
                "bo@example.org");
        fixture.write("README.md", "readme\n").commit("Document the repository", "Cy Writer", "cy@example.org");
        tightened = fixture.write(ENCRYPT, "v: 2\n").commit("Require encryption in transit", "Bo Builder",
                "bo@example.org");
        repository = GitRepository.open(dir);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void theHistoryOfAFileListsTheCommitsThatChangedItNewestFirst() {
        List<Commit> history = repository.history(ENCRYPT, 10);

        assertThat(history).extracting(Commit::id).containsExactly(tightened, created);
        assertThat(history).extracting(Commit::authorName).containsExactly("Bo Builder", "Ada Author");
        assertThat(history).extracting(Commit::authorEmail).containsExactly("bo@example.org", "ada@example.org");
        assertThat(history).extracting(Commit::time).containsExactly(GitFixture.timeOf(3), GitFixture.timeOf(0));
    }

    @Test
    void aCommitKeepsItsShortAndFullMessage() {
        Commit first = repository.history(ENCRYPT, 10).get(1);

        assertThat(first.shortMessage()).isEqualTo("Add encryption policy");
        assertThat(first.fullMessage()).isEqualTo("Add encryption policy\n\nAsked for by legal.");
        assertThat(first.shortId()).isEqualTo(created.substring(0, 7));
    }

    @Test
    void theHistoryOfAFolderHasEveryCommitThatChangedAFileUnderIt() {
        assertThat(repository.history("policies", 10)).extracting(Commit::shortMessage).containsExactly(
                "Require encryption in transit", "Add subgroup policy", "Add encryption policy");
        assertThat(repository.history("", 10)).hasSize(4);
    }

    @Test
    void theHistoryStopsAtTheMaximum() {
        assertThat(repository.history("policies", 1)).extracting(Commit::id).containsExactly(tightened);
        assertThatThrownBy(() -> repository.history("policies", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHistoryCanStartAtAnotherRevision() {
        assertThat(repository.history("HEAD~1", ENCRYPT, 10)).extracting(Commit::id).containsExactly(created);
    }

    @Test
    void aPathNoCommitTouchedHasNoHistory() {
        assertThat(repository.history("policies/none.yaml", 10)).isEmpty();
    }
}
