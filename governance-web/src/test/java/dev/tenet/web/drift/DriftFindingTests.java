package dev.tenet.web.drift;

import dev.tenet.web.submission.MovedFinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A moved finding is stored within the widths of policy_drift_findings' columns (V3__drift.sql). */
class DriftFindingTests {

    @Test
    void longTextsAreCutToTheirColumnsWidths() {
        DriftFinding stored = DriftFinding.of(new MovedFinding("p".repeat(300), "r".repeat(150), "o".repeat(40),
                "O".repeat(40), "e".repeat(40), "m".repeat(5000)));

        assertThat(stored.policy()).hasSize(200).endsWith("…");
        assertThat(stored.rule()).hasSize(100).endsWith("…");
        assertThat(stored.outcomeBefore()).hasSize(32);
        assertThat(stored.outcomeAfter()).hasSize(32);
        assertThat(stored.enforcement()).hasSize(32);
        assertThat(stored.message()).hasSize(4000).endsWith("…");
    }

    @Test
    void textsThatFitAreKeptAsTheyAre() {
        DriftFinding stored = DriftFinding.of(new MovedFinding("privacy.minimisation", "retention", "PASS", "FAIL",
                "soft-mandatory", "Keep personal data 30 days at most."));

        assertThat(stored.moved()).isEqualTo(new MovedFinding("privacy.minimisation", "retention", "PASS", "FAIL",
                "soft-mandatory", "Keep personal data 30 days at most."));
    }
}
