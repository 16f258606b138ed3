package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --help} and {@code --version} on {@code tenet} and every command; no command at all. */
class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "test", "lint", "diff", "explain", "docs"})
    void everyCommandPrintsItsUsageOnHelp(String command) {
        Run run = Tenet.run(command, "--help");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("Usage: tenet " + command + " ").contains("-h, --help", "Exit status");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "test", "lint", "diff", "explain", "docs"})
    void everyCommandAcceptsTheShortHelpOption(String command) {
        assertThat(Tenet.run(command, "-h").exit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "lint", "docs"})
    void everyCommandPrintsTheVersion(String command) {
        Run run = Tenet.run(command, "--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("tenet \\S+\n");
    }

    @Test
    void helpListsEveryCommand() {
        Run run = Tenet.run("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: tenet ")
                .contains("  check ", "  test ", "  lint ", "  diff ", "  explain ", "  docs ");
    }

    @Test
    void versionIsTenetAndItsVersion() {
        Run run = Tenet.run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("tenet " + Version.current() + "\n");
    }

    @Test
    void noCommandListsTheCommandsAndExitsTwo() {
        Run run = Tenet.run();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("tenet: name a command: check, test, lint, diff, explain, docs\n"
                + "Run 'tenet --help' for usage.\n");
    }
}
