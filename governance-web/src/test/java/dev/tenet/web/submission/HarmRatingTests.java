package dev.tenet.web.submission;

import org.junit.jupiter.api.Test;

import static dev.tenet.web.submission.ApiFixtures.NOW;
import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarmRatingTests {

    @Test
    void aHarmIsRatedOnTheRegistersScales() {
        Design design = ApiFixtures.inResearch(7);

        design.recordHarm(RILEY, harm("high", "critical"), NOW);

        assertThat(design.harms()).hasSize(1);
    }

    @Test
    void aLikelihoodOffTheScaleIsRefused() {
        assertThatThrownBy(() -> ApiFixtures.inResearch(7).recordHarm(RILEY, harm("certain", "high"), NOW))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.INVALID);
                    assertThat(refused).hasMessage("likelihood must be one of low, medium, high; got 'certain'");
                });
    }

    @Test
    void aSeverityOffTheScaleIsRefused() {
        assertThatThrownBy(() -> ApiFixtures.inResearch(7).recordHarm(RILEY, harm("low", "catastrophic"), NOW))
                .isInstanceOfSatisfying(WorkflowException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.INVALID));
    }

    private static Harm harm(String likelihood, String severity) {
        return new Harm("misranks urgent claims", "claimants", likelihood, severity, "subgroup evaluation", "riley", NOW);
    }
}
