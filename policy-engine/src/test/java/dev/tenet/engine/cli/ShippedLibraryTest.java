package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line against the library this repository ships ({@code policies/}), found through
 * the {@code tenet.policies} system property or by walking up from the working folder.
 */
class ShippedLibraryTest {

    private static final Path POLICIES = shippedLibrary();

    private static Path shippedLibrary() {
        String property = System.getProperty("tenet.policies");
        if (property != null) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("policies/governance.yaml"))) {
                return folder.resolve("policies");
            }
        }
        throw new IllegalStateException("no policies/governance.yaml above " + Path.of("").toAbsolutePath()
                + "; set -Dtenet.policies=DIR");
    }

    private static Run check(String example) {
        return Tenet.run("check", POLICIES.resolve("examples/" + example + ".yaml").toString(),
                "--policies", POLICIES.toString());
    }

    @Test
    void theResumeScreenerIsBlocked() {
        Run run = check("resume-screener");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("resume-screener (", "BLOCKED");
    }

    @Test
    void claimsTriagePasses() {
        Run run = check("claims-triage");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("claims-triage (", "  PASS  tier high");
    }

    @Test
    void bothTogetherExitOne() {
        Run run = Tenet.run("check", POLICIES.resolve("examples/claims-triage.yaml").toString(),
                POLICIES.resolve("examples/resume-screener.yaml").toString(), "--policies", POLICIES.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.lastLine()).isEqualTo("2 designs: 1 BLOCKED, 1 PASS");
    }

    @Test
    void everyShippedPolicyTestPasses() {
        Run run = Tenet.run("test", POLICIES.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.lastLine()).matches("\\d+ passed, 0 failed");
    }
}
