package dev.tenet.web.policy;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.persistence.PolicyCommits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.tenet.web.policy.LibraryRepository.ACCESS_CONTROL;
import static dev.tenet.web.policy.LibraryRepository.BROKEN_REQUIRE;
import static dev.tenet.web.policy.LibraryRepository.GOOD_REQUIRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Following the policy branch with real git repositories made by the test: a local folder read in
 * place and a remote mirrored through a {@code file://} URL, commits, a force-push, broken heads,
 * a remote that cannot be reached.
 */
class PolicySyncTest {

    static final String BROKEN_YAML = "apiVersion: tenet.dev/v1\nkind: Policy\nmetadata: [unclosed\n";
    static final String NEW_POLICY = "policies/privacy-security/broken.yaml";

    @TempDir
    Path folder;

    private final List<PolicyHeadMoved> moves = new CopyOnWriteArrayList<>();
    private final List<PolicyHeadRefused> refusals = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2030-05-01T10:00:00Z"));
    private LibraryRepository library;
    private PolicyService policies;

    @AfterEach
    void closeTheRepository() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void aCommitOnTheBranchOfALocalRepositoryBecomesCurrentAndIsPublished() {
        PolicySync sync = followLocal();
        String before = library.head();
        String after = library.commit("Add a note", "policies/NOTES.md", "notes\n");
        clock.advance(Duration.ofMinutes(1));

        SyncResult result = sync.sync("pat");

        assertThat(result.previous()).isEqualTo(before);
        assertThat(result.current()).isEqualTo(after);
        assertThat(result.moved()).isTrue();
        assertThat(policies.current().commit()).isEqualTo(after);
        assertThat(moves).containsExactly(new PolicyHeadMoved(before, after, clock.instant()));
    }

    @Test
    void aCommitOutsideTheLibraryFolderLeavesTheCommitServedAndPublishesNothing() {
        PolicySync sync = followLocal();
        String before = library.head();
        library.commit("Update the application", "src/main/App.java", "class App {}\n");
        clock.advance(Duration.ofMinutes(1));

        SyncResult result = sync.sync("polling");

        assertThat(result.moved()).isFalse();
        assertThat(result.current()).isEqualTo(before);
        assertThat(policies.current().commit()).isEqualTo(before);
        assertThat(moves).isEmpty();

        String library2 = library.commit("Add a note", "policies/NOTES.md", "notes\n");
        assertThat(sync.sync("polling").current()).as("a later library change moves it").isEqualTo(library2);
        assertThat(moves).containsExactly(new PolicyHeadMoved(before, library2, clock.instant()));
    }

    @Test
    void aSyncWithNothingNewMovesNothingAndPublishesNothing() {
        PolicySync sync = followLocal();
        clock.advance(Duration.ofMinutes(1));

        SyncResult result = sync.sync("pat");

        assertThat(result.moved()).isFalse();
        assertThat(result.current()).isEqualTo(library.head());
        assertThat(moves).isEmpty();
        assertThat(sync.status().checkedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aRemoteIsMirroredUnderTheDataFolderAndItsPushesAreFetched() throws IOException {
        PolicySync sync = followRemote();
        Path mirrors = folder.resolve("data").resolve(PolicySource.MIRRORS);
        try (var mirrorsFound = Files.list(mirrors)) {
            assertThat(mirrorsFound.map(p -> p.getFileName().toString()).toList())
                    .singleElement().asString().matches("remote-[0-9a-f]{16}");
        }
        String before = library.head();
        String after = library.commit("Add a note", "policies/NOTES.md", "notes\n");
        library.push();

        SyncResult result = sync.sync("webhook");

        assertThat(result.moved()).isTrue();
        assertThat(result.current()).isEqualTo(after);
        assertThat(result.fetched()).singleElement().asString().startsWith("refs/heads/main: " + before.substring(0, 12));
        Optional<String> mirrored = policies.read(repository -> repository.headOf("main"));
        assertThat(mirrored).contains(after);
        assertThat(sync.status().remote()).isTrue();
        assertThat(moves).extracting(PolicyHeadMoved::to).containsExactly(after);
    }

    @Test
    void aForcePushBackToAnEarlierCommitIsFollowed() {
        PolicySync sync = followRemote();
        String first = library.head();
        String second = library.commit("Add a note", "policies/NOTES.md", "notes\n");
        library.push();
        sync.sync("webhook");

        library.forcePush(first);
        SyncResult result = sync.sync("webhook");

        assertThat(result.previous()).isEqualTo(second);
        assertThat(result.current()).isEqualTo(first);
        assertThat(policies.current().commit()).isEqualTo(first);
        assertThat(moves).extracting(PolicyHeadMoved::from, PolicyHeadMoved::to)
                .containsExactly(tuple(first, second), tuple(second, first));
    }

    @Test
    void aHeadThatDoesNotLoadIsRefusedWithEveryProblemAtItsPositionAndTheLastGoodCommitIsServed() {
        PolicySync sync = followRemote();
        String good = library.head();
        String broken = library.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        library.push();

        SyncResult result = sync.sync("webhook");

        assertThat(result.moved()).isFalse();
        assertThat(result.current()).isEqualTo(good);
        assertThat(policies.current().commit()).isEqualTo(good);
        assertThat(moves).isEmpty();
        BrokenHead head = result.brokenHead().orElseThrow();
        assertThat(head.commit().id()).isEqualTo(broken);
        assertThat(head.commit().author()).isEqualTo("Pat Policy");
        assertThat(head.commit().message()).isEqualTo("Add a half-written policy");
        assertThat(head.seenAt()).isEqualTo(clock.instant());
        assertThat(head.problems()).extracting(PolicyProblem::text).containsExactly(NEW_POLICY + ":4:1: expected ','"
                + " or ']' here: is the list that starts at line 3, column 11 missing its ']'?");
        assertThat(sync.status().brokenHead()).contains(head);
        assertThat(refusals).containsExactly(new PolicyHeadRefused(broken, good,
                head.problems().stream().map(PolicyProblem::text).toList(), clock.instant()));
    }

    @Test
    void aRuleThatNoLongerCompilesIsReportedAtItsLine() {
        PolicySync sync = followRemote();
        int line = library.lineOf(ACCESS_CONTROL, GOOD_REQUIRE);
        library.edit("Tighten authentication", ACCESS_CONTROL, GOOD_REQUIRE, BROKEN_REQUIRE);
        library.push();

        BrokenHead head = sync.sync("webhook").brokenHead().orElseThrow();

        assertThat(head.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(ACCESS_CONTROL);
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo(BROKEN_REQUIRE.indexOf("&&") + 3);
            assertThat(problem.message()).isEqualTo("the expression ends too soon");
        });
    }

    @Test
    void aFixedHeadMovesOnAndClearsTheBrokenOne() {
        PolicySync sync = followRemote();
        String good = library.head();
        library.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        library.push();
        sync.sync("webhook");

        String fixed = library.commit("Finish the policy", NEW_POLICY,
                PolicyCommits.failingFor("broken", "nobody", "advisory", "Not red-teamed."));
        library.push();
        SyncResult result = sync.sync("webhook");

        assertThat(result.moved()).isTrue();
        assertThat(result.current()).isEqualTo(fixed);
        assertThat(result.brokenHead()).isEmpty();
        assertThat(sync.status().brokenHead()).isEmpty();
        assertThat(moves).containsExactly(new PolicyHeadMoved(good, fixed, clock.instant()));
    }

    @Test
    void aRevertOfTheBrokenCommitClearsItAndKeepsServingTheSameLibrary() {
        PolicySync sync = followRemote();
        String good = library.head();
        library.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        library.push();
        sync.sync("webhook");

        library.delete("Take the half-written policy out again", NEW_POLICY);
        library.push();
        SyncResult result = sync.sync("webhook");

        assertThat(result.moved()).as("the library is what it was at the commit served").isFalse();
        assertThat(result.current()).isEqualTo(good);
        assertThat(result.brokenHead()).isEmpty();
        assertThat(moves).isEmpty();
    }

    @Test
    void aRefusedHeadIsRememberedFromWhenItWasFirstSeen() {
        PolicySync sync = followRemote();
        library.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        library.push();
        Instant firstSeen = clock.instant();
        sync.sync("webhook");
        clock.advance(Duration.ofMinutes(5));

        SyncResult again = sync.sync("polling");

        assertThat(again.brokenHead().orElseThrow().seenAt()).isEqualTo(firstSeen);
        assertThat(again.checkedAt()).isEqualTo(clock.instant());
        assertThat(refusals).as("refused once, not at every sync").hasSize(1);
    }

    @Test
    void aForcePushAwayFromABrokenHeadClearsIt() {
        PolicySync sync = followRemote();
        String good = library.head();
        library.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        library.push();
        sync.sync("webhook");

        library.forcePush(good);
        SyncResult result = sync.sync("webhook");

        assertThat(result.moved()).isFalse();
        assertThat(result.brokenHead()).isEmpty();
        assertThat(moves).isEmpty();
    }

    @Test
    void aRemoteThatCannotBeFetchedIsRecordedAndTheLibraryIsStillServed() throws IOException {
        PolicySync sync = followRemote();
        String good = library.head();
        Path remote = folder.resolve("remote.git");
        Path away = Files.move(remote, folder.resolve("moved-away.git"));

        SyncResult failed = sync.sync("polling");

        assertThat(failed.current()).isEqualTo(good);
        FetchFailure failure = failed.fetchError().orElseThrow();
        assertThat(failure.message()).startsWith("cannot fetch ");
        assertThat(failure.at()).isEqualTo(clock.instant());
        assertThat(sync.status().fetchError()).contains(failure);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sync.sync("polling").fetchError()).as("the same failure again, from when it began").contains(failure);

        Files.move(away, remote);
        assertThat(sync.sync("polling").fetchError()).isEmpty();
    }

    @Test
    void twoSyncsAtOnceFollowAMoveOnce() throws Exception {
        PolicySync sync = followRemote();
        library.commit("Add a note", "policies/NOTES.md", "notes\n");
        library.push();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SyncResult>> results = List.of(
                    threads.submit(() -> { start.await(); return sync.sync("webhook"); }),
                    threads.submit(() -> { start.await(); return sync.sync("polling"); }));
            List<Boolean> moved = List.of(results.get(0).get(30, TimeUnit.SECONDS).moved(),
                    results.get(1).get(30, TimeUnit.SECONDS).moved());

            assertThat(moved).containsExactlyInAnyOrder(true, false);
            assertThat(moves).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aListenerThatFailsDoesNotUndoTheSwitch() {
        library = LibraryRepository.create(folder.resolve("team"));
        policies = new PolicyService(properties(library.workTree().toString()), clock);
        PolicySync sync = new PolicySync(policies, event -> {
            throw new IllegalStateException("listener bug");
        }, clock);
        String after = library.commit("Add a note", "policies/NOTES.md", "notes\n");

        SyncResult result = sync.sync("pat");

        assertThat(result.moved()).isTrue();
        assertThat(policies.current().commit()).isEqualTo(after);
    }

    private PolicySync followLocal() {
        library = LibraryRepository.create(folder.resolve("team"));
        return follow(library.workTree().toString());
    }

    private PolicySync followRemote() {
        library = LibraryRepository.create(folder.resolve("team"));
        return follow(library.publishTo(folder.resolve("remote.git")));
    }

    private PolicySync follow(String repository) {
        policies = new PolicyService(properties(repository), clock);
        return new PolicySync(policies, event -> {
            if (event instanceof PolicyHeadMoved moved) {
                moves.add(moved);
            } else {
                refusals.add((PolicyHeadRefused) event);
            }
        }, clock);
    }

    private TenetProperties properties(String repository) {
        return new TenetProperties(folder.resolve("data"),
                new TenetProperties.Policies(repository, "policies", "main", Duration.ZERO),
                new TenetProperties.Webhook(""));
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
