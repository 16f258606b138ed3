package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.api.Test;

import static dev.tenet.engine.cli.Tenet.design;
import static dev.tenet.engine.cli.Tenet.library;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet explain}: one finding, why, and each value it read with the design line it came from. */
class ExplainCommandTest {

    private static Run explain(String design, String rule) {
        return Tenet.run("explain", design(design), "--policies", library().toString(), "--rule", rule);
    }

    @Test
    void aFailureShowsWhyAndTheValuesItReadWithTheirDesignLine() {
        Run run = explain("unencrypted", "privacy.encrypt/at-rest");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("privacy.encrypt/at-rest  FAIL\n")
                .contains("policy:  privacy.encrypt 1.0.0 (privacy-security, hard-mandatory, severity high)\n",
                        "why:     design.data.encryption.atRest is false\n",
                        "fix:     Encrypt every store.\n",
                        "values read:\n  design.data.encryption.atRest = false   " + design("unencrypted") + ":11:15\n");
    }

    @Test
    void aPassShowsTheValueItRead() {
        Run run = explain("passing", "fairness.subgroups/subgroup-evaluation");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("fairness.subgroups/subgroup-evaluation  PASS\n")
                .contains("  design.fairness.subgroupEvaluation = true   " + design("passing") + ":11:");
    }

    @Test
    void aRuleThatDoesNotApplySaysSo() {
        Run run = explain("passing", "transparency.cite/sources-cited");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("transparency.cite/sources-cited  NOT_APPLICABLE\n");
    }
}
