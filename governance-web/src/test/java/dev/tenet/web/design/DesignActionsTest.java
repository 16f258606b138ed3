package dev.tenet.web.design;

import dev.tenet.model.RiskTier;
import dev.tenet.model.Stage;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The review form is offered by the workflow's rule: one stage of a revision per person, in any round. */
class DesignActionsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    private static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    private static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));
    private static final Actor DANA = new Actor("dana", "", Set.of("POLICY", "ENGINEERING"));
    private static final Actor ELI = new Actor("eli", "", Set.of("ENGINEERING"));
    private static final List<Stage> STAGES = List.of(stage("research", "RESEARCH"), stage("policy", "POLICY"),
            stage("engineering", "ENGINEERING"));

    @Test
    void aReviewerWhoSignedOneStageInAnEarlierRoundIsOfferedThatStageAgainButNoOther() {
        Design design = approved(DANA);
        Evaluation atNew = evaluation("2222222222222222222222222222222222222222");
        design.reReviewAfterDrift(atNew, "{}", STAGES, STAGES, NOW);
        assertThat(design.stage()).isEqualTo("policy");

        assertThat(actions(DANA, design).reviewStage()).as("dana signed policy in round 1").isEqualTo("policy");
        assertThat(actions(PAT, design).reviewStage()).isEqualTo("policy");

        design.review(PAT, "policy", Verdict.APPROVE, "", atNew, STAGES, NOW);
        assertThat(design.stage()).isEqualTo("engineering");
        assertThat(actions(DANA, design).reviewStage()).as("dana signed policy, in round 1, of this revision")
                .isEmpty();
        assertThat(actions(ELI, design).reviewStage()).as("eli signed engineering in round 1").isEqualTo("engineering");
    }

    private static Design approved(Actor policy) {
        Design design = Design.draft("claims", "triage", "erin", NOW);
        Evaluation evaluation = evaluation("1111111111111111111111111111111111111111");
        design.submit(ERIN, evaluation, "{}", STAGES, NOW);
        design.review(RILEY, "research", Verdict.APPROVE, "", evaluation, STAGES, NOW);
        design.review(policy, "policy", Verdict.APPROVE, "", evaluation, STAGES, NOW);
        design.review(ELI, "engineering", Verdict.APPROVE, "", evaluation, STAGES, NOW);
        return design;
    }

    private static DesignPage.Actions actions(Actor actor, Design design) {
        return DesignActions.of(actor, design, STAGES, PinnedEvaluation.none(), false);
    }

    private static Evaluation evaluation(String commit) {
        return new Evaluation(commit, RiskTier.LOW, List.of(), List.of());
    }

    private static Stage stage(String id, String role) {
        return new Stage(id, role, Map.of(RiskTier.LOW, 1), Set.of(RiskTier.LOW), "");
    }
}
