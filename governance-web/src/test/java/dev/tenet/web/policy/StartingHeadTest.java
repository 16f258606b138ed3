package dev.tenet.web.policy;

import dev.tenet.web.TenetProperties;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static dev.tenet.web.policy.LibraryRepository.ACCESS_CONTROL;
import static dev.tenet.web.policy.LibraryRepository.BROKEN_REQUIRE;
import static dev.tenet.web.policy.LibraryRepository.GOOD_REQUIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the application starts with: the branch's head when it loads, else the newest commit on
 * the branch's first-parent history that does, and no start at all when none does.
 */
class StartingHeadTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-05-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void aBrokenHeadAtStartUpIsRecordedAndTheNewestCommitThatLoadsIsServed() {
        try (LibraryRepository library = LibraryRepository.create(folder.resolve("team"))) {
            String good = library.commit("Add a note", "policies/NOTES.md", "notes\n");
            library.edit("Tighten authentication", ACCESS_CONTROL, GOOD_REQUIRE, BROKEN_REQUIRE);
            String broken = library.commit("Add another note", "policies/MORE.md", "more\n");

            PolicyService policies = new PolicyService(properties(library.workTree().toString()), CLOCK);

            assertThat(policies.current().commit()).isEqualTo(good);
            SyncStatus status = new PolicySync(policies, event -> { }, CLOCK).status();
            assertThat(status.current().id()).isEqualTo(good);
            assertThat(status.current().message()).isEqualTo("Add a note");
            BrokenHead head = status.brokenHead().orElseThrow();
            assertThat(head.commit().id()).isEqualTo(broken);
            assertThat(head.seenAt()).isEqualTo(CLOCK.instant());
            assertThat(head.problems()).extracting(PolicyProblem::file).containsExactly(ACCESS_CONTROL);
        }
    }

    @Test
    void noStartWhenNoCommitOfTheBranchLoads() throws Exception {
        Path repository = Files.createDirectories(folder.resolve("broken"));
        Files.createDirectories(repository.resolve("policies"));
        Files.writeString(repository.resolve("policies/governance.yaml"), "apiVersion: tenet.dev/v1\nkind: [\n");
        try (Git git = Git.init().setInitialBranch("main").setDirectory(repository.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("start").setAuthor("Pat", "pat@tenet.invalid")
                    .setCommitter("Pat", "pat@tenet.invalid").setSign(false).call();
        }

        assertThatThrownBy(() -> new PolicyService(properties(repository.toString()), CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no commit of the policy library loads: the head ")
                .hasMessageContaining("of branch 'main' in " + repository.toAbsolutePath())
                .hasMessageContaining("none of the " + StartingHead.FALLBACK_COMMITS + " commits before it")
                .hasMessageContaining("policies/governance.yaml:3:1: ");
    }

    @Test
    void aRestartFetchesTheMirrorItFindsUnderTheDataFolder() {
        try (LibraryRepository library = LibraryRepository.create(folder.resolve("team"))) {
            String url = library.publishTo(folder.resolve("remote.git"));
            new PolicyService(properties(url), CLOCK);
            String pushed = library.commit("Add a note", "policies/NOTES.md", "notes\n");
            library.push();

            PolicyService restarted = new PolicyService(properties(url), CLOCK);

            assertThat(restarted.current().commit()).isEqualTo(pushed);
        }
    }

    @Test
    void aRestartWhileTheRemoteIsUnreachableStartsFromTheMirrorAndSaysSo() throws Exception {
        try (LibraryRepository library = LibraryRepository.create(folder.resolve("team"))) {
            String url = library.publishTo(folder.resolve("remote.git"));
            String mirrored = new PolicyService(properties(url), CLOCK).current().commit();
            Files.move(folder.resolve("remote.git"), folder.resolve("gone.git"));

            PolicyService restarted = new PolicyService(properties(url), CLOCK);

            assertThat(restarted.current().commit()).isEqualTo(mirrored);
            SyncStatus status = new PolicySync(restarted, event -> { }, CLOCK).status();
            assertThat(status.fetchError().orElseThrow().message()).startsWith("cannot fetch " + url);
        }
    }

    private TenetProperties properties(String repository) {
        return new TenetProperties(folder.resolve("data"),
                new TenetProperties.Policies(repository, "policies", "main", Duration.ZERO),
                new TenetProperties.Webhook(""));
    }
}
