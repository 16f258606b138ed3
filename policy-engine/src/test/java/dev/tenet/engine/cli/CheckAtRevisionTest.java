package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import dev.tenet.engine.git.GitFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.tenet.engine.cli.Tenet.design;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tenet check --ref}: the policies are read from the revision's git objects, so two commits
 * can decide differently and the working tree does not count.
 */
class CheckAtRevisionTest {

    private static final String ENCRYPT = "policies/privacy/encrypt.yaml";

    @TempDir
    Path dir;

    private GitFixture git;
    private String advisoryCommit;
    private String hardCommit;

    /** Two commits: encryption advisory at the first, hard-mandatory at the second (tagged v2). */
    @BeforeEach
    void twoCommits() throws IOException {
        git = GitFixture.init(dir).copy(Tenet.library(), "policies");
        Path encrypt = dir.resolve(ENCRYPT);
        String hard = Files.readString(encrypt);
        git.write(ENCRYPT, hard.replace("enforcement: hard-mandatory", "enforcement: advisory"));
        advisoryCommit = git.commit("Encryption is advice");
        git.write(ENCRYPT, hard.replace("version: 1.0.0", "version: 2.0.0"));
        hardCommit = git.commit("Encryption is required");
        git.tag("v2", true);
    }

    @AfterEach
    void close() {
        git.close();
    }

    private Run checkAt(String revision) {
        return Tenet.run("check", design("unencrypted"), "--policies", dir.resolve("policies").toString(),
                "--ref", revision);
    }

    @Test
    void policiesChangedBetweenCommitsGiveDifferentDecisions() {
        Run before = checkAt(advisoryCommit);
        Run after = checkAt(hardCommit);

        assertThat(before.exit()).as(before.toString()).isZero();
        assertThat(before.out()).contains("PASS_WITH_ADVICE", "policies @ " + advisoryCommit.substring(0, 7));
        assertThat(after.exit()).as(after.toString()).isEqualTo(1);
        assertThat(after.out()).contains("BLOCKED", "policies @ " + hardCommit.substring(0, 7));
    }

    @Test
    void aTagOrBranchNamesTheCommit() {
        assertThat(checkAt("v2").out()).contains("BLOCKED");
        assertThat(checkAt("main~1").out()).contains("PASS_WITH_ADVICE");
    }

    @Test
    void theWorkingTreeIsNotRead() {
        git.write(ENCRYPT, "this: [is not a policy");

        Run atRevision = checkAt("main");
        Run worktree = Tenet.run("check", design("unencrypted"), "--policies", dir.resolve("policies").toString());

        assertThat(atRevision.exit()).as(atRevision.toString()).isEqualTo(1);
        assertThat(atRevision.err()).isEmpty();
        assertThat(worktree.exit()).as("the broken working tree, read without --ref").isEqualTo(2);
    }

    @Test
    void jsonNamesTheFullCommit() {
        Run run = Tenet.run("check", design("unencrypted"), "--policies", dir.resolve("policies").toString(),
                "--ref", "main", "--format", "json");

        assertThat(run.out()).contains("\"policyCommit\": \"" + hardCommit + "\"");
    }
}
