package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.api.Test;

import static dev.tenet.engine.cli.Tenet.design;
import static dev.tenet.engine.cli.Tenet.library;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check}: its exit status follows the decisions, and waivers count on the day given. */
class CheckCommandTest {

    private static Run check(String... designsAndOptions) {
        String[] args = new String[designsAndOptions.length + 3];
        args[0] = "check";
        System.arraycopy(designsAndOptions, 0, args, 1, designsAndOptions.length);
        args[args.length - 2] = "--policies";
        args[args.length - 1] = library().toString();
        return Tenet.run(args);
    }

    @Test
    void aPassingDesignExitsZero() {
        Run run = check(design("passing"));

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("passing (" + design("passing") + ")  PASS  tier medium  policies @ worktree");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void adviceAloneExitsZero() {
        Run run = check(design("chatbot"));

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("PASS_WITH_ADVICE", "transparency.cite/sources-cited");
    }

    @Test
    void aBlockedDesignExitsOneWithTheRemediationUnderTheFailure() {
        Run run = check(design("unencrypted"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("BLOCKED", "privacy.encrypt/at-rest", "Encrypt every store.");
    }

    @Test
    void aDesignThatNeedsAWaiverExitsOne() {
        Run run = check(design("unevaluated"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("NEEDS_WAIVER", "fairness.subgroups/subgroup-evaluation");
    }

    @Test
    void severalDesignsExitOneWhenAnyIsBlocked() {
        Run run = check(design("passing"), design("unencrypted"), design("chatbot"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("passing (", "unencrypted (", "chatbot (")
                .endsWith("3 designs: 1 BLOCKED, 1 PASS_WITH_ADVICE, 1 PASS\n");
    }

    @Test
    void severalPassingDesignsExitZero() {
        assertThat(check(design("passing"), design("chatbot")).exit()).isZero();
    }

    @Test
    void aWaiverTurnsNeedsWaiverIntoPass() {
        Run run = check(design("unevaluated"), "--waivers", Tenet.resource("waivers.yaml").toString(),
                "--date", "2026-06-30");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("unevaluated (", "  PASS  ", "WAIVED fairness.subgroups/subgroup-evaluation");
    }

    @Test
    void anExpiredWaiverDoesNotApply() {
        Run run = check(design("unevaluated"), "--waivers", Tenet.resource("waivers.yaml").toString(),
                "--date", "2026-07-01");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("NEEDS_WAIVER").doesNotContain("WAIVED");
    }

    @Test
    void aWaiverCannotUnblockAHardMandatoryFailure() {
        Run run = check(design("unencrypted"), "--waivers", Tenet.resource("hard-waiver.yaml").toString(),
                "--date", "2026-06-01");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("BLOCKED", "cannot be waived");
    }
}
