package dev.tenet.engine.library;

import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import static dev.tenet.engine.library.LibraryFixtures.GOVERNANCE;
import static dev.tenet.engine.library.LibraryFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long a 1,000-policy library takes to load, from a git commit and from the working tree.
 * Printed, not asserted: machines differ; the JMH benchmark measures it properly.
 */
class LoadTimingTest {

    private static final int POLICIES = 1_000;
    private static final int RUNS = 5;

    @TempDir
    Path dir;

    @Test
    void aThousandPolicyLibraryLoadsFromACommitAndFromTheWorkingTree() {
        String commit;
        try (GitFixture fixture = GitFixture.init(dir)) {
            fixture.write("policies/governance.yaml", GOVERNANCE);
            for (int i = 0; i < POLICIES; i++) {
                String name = "policy-" + i;
                fixture.write("policies/p" + (i % 10) + "/" + name + ".yaml",
                        policy("p" + (i % 10) + "." + name, "attestation-" + i, "policy"));
            }
            commit = fixture.commit("a thousand policies");
        }
        try (GitRepository repository = GitRepository.open(dir)) {
            LibraryLoader loader = new LibraryLoader();
            long[] git = time(() -> loader.load(LibrarySource.git(repository, commit, "policies")));
            long[] worktree = time(() -> loader.load(LibrarySource.worktree(dir.resolve("policies"))));
            System.out.printf("%d policies from a git commit: first %d ms, then best %d ms, median %d ms%n",
                    POLICIES, git[0], best(git), median(git));
            System.out.printf("%d policies from the working tree: first %d ms, then best %d ms, median %d ms%n",
                    POLICIES, worktree[0], best(worktree), median(worktree));
        }
    }

    private static long[] time(Supplier<ReadResult<PolicyLibrary>> load) {
        long[] millis = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            ReadResult<PolicyLibrary> result = load.get();
            millis[run] = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.problems()).isEmpty();
            assertThat(result.value().policies()).hasSize(POLICIES);
        }
        return millis;
    }

    private static long best(long[] millis) {
        return Arrays.stream(millis, 1, millis.length).min().orElseThrow();
    }

    private static long median(long[] millis) {
        long[] later = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
