package dev.tenet.web.submission;

import dev.tenet.model.RiskTier;
import dev.tenet.model.Stage;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.web.account.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.tenet.web.submission.ApiFixtures.ERIN;
import static dev.tenet.web.submission.ApiFixtures.NOW;
import static dev.tenet.web.submission.ApiFixtures.PAT;
import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Review rounds: policy drift sends an APPROVED design back to review at the policy stage (at the
 * first stage when its tier or the tier's stages changed), a re-evaluation with a material change
 * restarts the review, only the current round's sign-offs count towards quorum, and separation of
 * duties holds over every round of the revision.
 */
class ReviewRoundTests {

    static final Actor ELI = new Actor("eli", "", Set.of("ENGINEERING"));
    static final Actor DUAL = new Actor("dana", "", Set.of("POLICY", "ENGINEERING"));
    static final Actor EVAN = new Actor("evan", "claims", Set.of("ENGINEER"));
    static final Actor TOM = new Actor("tom", "talent", Set.of("ENGINEER"));
    static final String NEW_COMMIT = "1111111111111111111111111111111111111111";

    private final Evaluation approvedAs = ApiFixtures.evaluation("contract-clause-extractor");
    private final List<Stage> stages = ApiFixtures.bundle().governance().stagesFor(RiskTier.LOW);

    @Test
    void anApprovedDesignGoesToReReviewAtThePolicyStageInANewRoundPinnedAtTheNewCommit() {
        Design design = approved(PAT);

        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW.plusSeconds(600));

        assertThat(design.state()).isEqualTo(DesignState.RE_REVIEW);
        assertThat(design.stage()).isEqualTo("policy");
        assertThat(design.round()).isEqualTo(2);
        assertThat(design.policyCommit()).isEqualTo(NEW_COMMIT);
        assertThat(design.stageEnteredAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(design.currentSignOffs()).as("the approval's sign-offs no longer count").isEmpty();
        assertThat(design.revisionSignOffs()).extracting(SignOff::round).containsExactly(1, 1, 1);
    }

    @Test
    void onlyAnApprovedDesignGoesToReReview() {
        Design inReview = ApiFixtures.inResearch(7);

        assertThatThrownBy(() -> inReview.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW))
                .isInstanceOfSatisfying(WorkflowException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.CONFLICT));
    }

    @Test
    void theReviewersWhoApprovedBeforeSignTheReReviewAndItEndsApproved() {
        Design design = approved(PAT);
        Evaluation now = at(NEW_COMMIT, approvedAs);
        design.reReviewAfterDrift(now, "{}", stages, stages, NOW);

        design.review(PAT, "policy", Verdict.APPROVE, "still fine", now, stages, NOW.plusSeconds(1));
        assertThat(design.state()).isEqualTo(DesignState.RE_REVIEW);
        assertThat(design.stage()).isEqualTo("engineering");

        design.review(ELI, "engineering", Verdict.APPROVE, "still fine", now, stages, NOW.plusSeconds(2));
        assertThat(design.state()).isEqualTo(DesignState.APPROVED);
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer).containsExactly("pat", "eli");
        assertThat(design.currentSignOffs()).extracting(SignOff::round).containsOnly(2);
    }

    @Test
    void separationOfDutiesStillHoldsWithinTheReReview() {
        Design design = approved(DUAL);
        Evaluation now = at(NEW_COMMIT, approvedAs);
        design.reReviewAfterDrift(now, "{}", stages, stages, NOW);
        design.review(DUAL, "policy", Verdict.APPROVE, "", now, stages, NOW);

        assertThatThrownBy(() -> design.review(DUAL, "engineering", Verdict.APPROVE, "", now, stages, NOW))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN);
                    assertThat(refused).hasMessageContaining("separation of duties");
                });
    }

    @Test
    void theReReviewCannotApproveADecisionThatNeedsAWaiver() {
        Design design = approved(PAT);
        Evaluation mediaRecommendations = ApiFixtures.evaluation("media-recommendations");
        Evaluation needsWaiver = new Evaluation(NEW_COMMIT, approvedAs.tier(), mediaRecommendations.findings(),
                mediaRecommendations.attestations());
        assertThat(needsWaiver.decision()).isEqualTo(Decision.NEEDS_WAIVER);
        design.reReviewAfterDrift(needsWaiver, "{}", stages, stages, NOW);

        assertThatThrownBy(() -> design.review(PAT, "policy", Verdict.APPROVE, "", needsWaiver, stages, NOW))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.CONFLICT);
                    assertThat(refused).hasMessageContaining("NEEDS_WAIVER");
                });
    }

    @Test
    void theReReviewMayRequestChangesOrReject() {
        Design changes = approved(PAT);
        changes.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW);
        Design rejected = approved(PAT);
        rejected.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW);

        changes.review(PAT, "policy", Verdict.REQUEST_CHANGES, "fix it", approvedAs, stages, NOW);
        rejected.review(PAT, "policy", Verdict.REJECT, "no", approvedAs, stages, NOW);

        assertThat(changes.state()).isEqualTo(DesignState.CHANGES_REQUESTED);
        assertThat(rejected.state()).isEqualTo(DesignState.REJECTED);
    }

    @Test
    void resubmittingAfterChangesWereRequestedStartsANewRoundAtTheFirstStage() {
        Design design = ApiFixtures.inResearch(7);
        List<Stage> high = ApiFixtures.bundle().governance().stagesFor(RiskTier.HIGH);
        Evaluation evaluation = ApiFixtures.evaluation("claims-triage");
        design.review(ApiFixtures.ROSA, "research", Verdict.REQUEST_CHANGES, "", evaluation, high, NOW);

        design.submit(ERIN, evaluation, "{}", high, NOW);

        assertThat(design.round()).isEqualTo(2);
        assertThat(design.stage()).isEqualTo("research");
        assertThat(design.currentSignOffs()).as("riley's approval of round 1 no longer counts").isEmpty();
        design.review(RILEY, "research", Verdict.APPROVE, "again", evaluation, high, NOW);
        assertThat(design.currentSignOffs()).singleElement().satisfies(s -> assertThat(s.round()).isEqualTo(2));
    }

    @Test
    void aNewRevisionStartsAtRoundOne() {
        Design design = approved(PAT);
        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW);

        design.newRevision(ERIN, NOW);

        assertThat(design.revision()).isEqualTo(2);
        assertThat(design.round()).isEqualTo(1);
    }

    @Test
    void aMaterialReevaluationRestartsTheReviewAtTheFirstStageInANewRound() {
        Design design = ApiFixtures.inResearch(7);
        Evaluation atHead = at(NEW_COMMIT, approvedAs);

        design.reevaluate(EVAN, atHead, "{}", stages, true, NOW.plusSeconds(5));

        assertThat(design.state()).isEqualTo(DesignState.IN_REVIEW);
        assertThat(design.stage()).isEqualTo("research");
        assertThat(design.round()).isEqualTo(2);
        assertThat(design.policyCommit()).isEqualTo(NEW_COMMIT);
        assertThat(design.tier()).isEqualTo(RiskTier.LOW);
        assertThat(design.currentSignOffs()).isEmpty();
    }

    @Test
    void aReevaluationThatChangesNothingMaterialKeepsTheSignOffsAndOnlyMovesThePin() {
        Design design = ApiFixtures.inResearch(7);
        List<Stage> high = ApiFixtures.bundle().governance().stagesFor(RiskTier.HIGH);

        design.reevaluate(ERIN, at(NEW_COMMIT, ApiFixtures.evaluation("claims-triage")), "{}", high, false, NOW);

        assertThat(design.round()).isEqualTo(1);
        assertThat(design.stage()).isEqualTo("research");
        assertThat(design.policyCommit()).isEqualTo(NEW_COMMIT);
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer).containsExactly("riley");
    }

    @Test
    void aReevaluationWhoseStageIsGoneRestartsTheReview() {
        Design design = approved(PAT);
        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, stages, NOW);
        List<Stage> withoutPolicy = stages.stream().filter(s -> !s.id().equals("policy")).toList();

        design.reevaluate(ERIN, at("2222222222222222222222222222222222222222", approvedAs), "{}", withoutPolicy, false,
                NOW);

        assertThat(design.state()).isEqualTo(DesignState.RE_REVIEW);
        assertThat(design.stage()).isEqualTo("research");
        assertThat(design.round()).isEqualTo(3);
    }

    @Test
    void onlyTheDesignsTeamReevaluatesADesignUnderReviewPinnedElsewhere() {
        Design inReview = ApiFixtures.inResearch(7);
        Design approved = approved(PAT);

        assertRefused(() -> inReview.reevaluate(TOM, at(NEW_COMMIT, approvedAs), "{}", stages, true, NOW),
                WorkflowException.Kind.FORBIDDEN, "only engineers of team 'claims'");
        assertRefused(() -> inReview.reevaluate(RILEY, at(NEW_COMMIT, approvedAs), "{}", stages, true, NOW),
                WorkflowException.Kind.FORBIDDEN, "only engineers of team 'claims'");
        assertRefused(() -> approved.reevaluate(ERIN, at(NEW_COMMIT, approvedAs), "{}", stages, true, NOW),
                WorkflowException.Kind.CONFLICT, "not under review");
        assertRefused(() -> inReview.reevaluate(ERIN, at(inReview.policyCommit(), approvedAs), "{}", stages, true, NOW),
                WorkflowException.Kind.CONFLICT, "already evaluated at the current policy commit");
    }

    @Test
    void aReReviewStartsAtTheStageWhoseRoleGrantsWaiversOrElseAtTheFirst() {
        Design design = ApiFixtures.draft(7);
        Stage research = new Stage("research", "RESEARCH", Map.of(), Set.of(), "");
        Stage legal = new Stage("legal", "POLICY", Map.of(), Set.of(), "");
        Stage board = new Stage("board", "BOARD", Map.of(), Set.of(), "");
        List<Stage> withLegal = List.of(research, legal, board);
        List<Stage> withoutLegal = List.of(research, board);

        assertThat(Rules.reReviewStage(design, RiskTier.LOW, withLegal, withLegal, RiskTier.LOW)).isEqualTo(legal);
        assertThat(Rules.reReviewStage(design, RiskTier.LOW, withoutLegal, withoutLegal, RiskTier.LOW))
                .isEqualTo(research);
        assertRefused(() -> Rules.reReviewStage(design, RiskTier.LOW, List.of(), List.of(), RiskTier.LOW),
                WorkflowException.Kind.CONFLICT, "no stage for tier low");
    }

    @Test
    void aReReviewStartsAtTheFirstStageWhenTheTierOrItsStagesChanged() {
        Design design = ApiFixtures.draft(7);
        Stage research = new Stage("research", "RESEARCH", Map.of(), Set.of(), "");
        Stage legal = new Stage("legal", "POLICY", Map.of(RiskTier.LOW, 1), Set.of(RiskTier.LOW), "");
        Stage legalOfTwo = new Stage("legal", "POLICY", Map.of(RiskTier.LOW, 2), Set.of(RiskTier.LOW), "");
        Stage ethics = new Stage("ethics", "RESEARCH", Map.of(), Set.of(), "");
        List<Stage> approved = List.of(research, legal);

        assertThat(Rules.reReviewStage(design, RiskTier.LOW, approved, approved, RiskTier.HIGH))
                .as("another tier").isEqualTo(research);
        assertThat(Rules.reReviewStage(design, RiskTier.LOW, approved, List.of(research, ethics, legal), RiskTier.LOW))
                .as("a stage added before the policy stage").isEqualTo(research);
        assertThat(Rules.reReviewStage(design, RiskTier.LOW, approved, List.of(research, legalOfTwo), RiskTier.LOW))
                .as("a quorum raised").isEqualTo(research);
        assertThat(Rules.reReviewStage(design, RiskTier.LOW, List.of(), approved, RiskTier.LOW))
                .as("the approved stages are unknown").isEqualTo(research);
        assertThat(Rules.reReviewStage(design, RiskTier.LOW, approved,
                List.of(new Stage("research", "RESEARCH", Map.of(), Set.of(), "reworded"), legal), RiskTier.LOW))
                .as("only a description changed").isEqualTo(legal);
    }

    @Test
    void aDriftThatRaisesTheTierReReviewsFromTheFirstStageOfTheNewTier() {
        Design design = approved(PAT);
        List<Stage> high = ApiFixtures.bundle().governance().stagesFor(RiskTier.HIGH);
        Evaluation highRisk = at(NEW_COMMIT, ApiFixtures.evaluation("claims-triage"));
        assertThat(highRisk.tier()).isEqualTo(RiskTier.HIGH);

        design.reReviewAfterDrift(highRisk, "{}", stages, high, NOW);

        assertThat(design.state()).isEqualTo(DesignState.RE_REVIEW);
        assertThat(design.stage()).isEqualTo(high.get(0).id()).isEqualTo("research");
        assertThat(design.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(design.round()).isEqualTo(2);
        design.review(RILEY, "research", Verdict.APPROVE, "again, for high risk", highRisk, high, NOW);
        assertThat(design.stage()).as("high risk needs two research sign-offs").isEqualTo("research");
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer, SignOff::round)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("riley", 2));
    }

    @Test
    void aReviewerWhoSignedOneStageInAnEarlierRoundSignsNoOtherStageOfTheRevision() {
        Design design = approved(PAT);
        List<Stage> high = ApiFixtures.bundle().governance().stagesFor(RiskTier.HIGH);
        Evaluation highRisk = at(NEW_COMMIT, ApiFixtures.evaluation("claims-triage"));
        design.reReviewAfterDrift(highRisk, "{}", stages, high, NOW);
        design.review(RILEY, "research", Verdict.APPROVE, "", highRisk, high, NOW);
        design.review(ApiFixtures.ROSA, "research", Verdict.APPROVE, "", highRisk, high, NOW);
        assertThat(design.stage()).isEqualTo("policy");

        Actor eliAsPolicy = new Actor("eli", "", Set.of("POLICY", "ENGINEERING"));
        // eli signed engineering in round 1, none of round 2 yet: still not the policy stage of this revision
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer).doesNotContain("eli");
        assertRefused(() -> design.review(eliAsPolicy, "policy", Verdict.APPROVE, "", highRisk, high, NOW),
                WorkflowException.Kind.FORBIDDEN, "separation of duties: eli signed the engineering stage");
        // pat signed policy in round 1 and may sign the same stage again in round 2
        design.review(PAT, "policy", Verdict.APPROVE, "", highRisk, high, NOW);
        assertThat(design.stage()).isEqualTo("engineering");

        design.review(eliAsPolicy, "engineering", Verdict.APPROVE, "eli signed engineering in round 1", highRisk, high,
                NOW);
        assertThat(design.stage()).isEqualTo("board");
    }

    @Test
    void aReviewerWhoSignedAStageInRoundOneCannotSignAnotherStageInRoundTwo() {
        Design design = approved(PAT);
        Evaluation now = at(NEW_COMMIT, approvedAs);
        design.reReviewAfterDrift(now, "{}", stages, stages, NOW);
        design.review(new Actor("quinn", "", Set.of("POLICY")), "policy", Verdict.APPROVE, "", now, stages, NOW);
        Actor rileyAsEngineer = new Actor("riley", "", Set.of("RESEARCH", "ENGINEERING"));

        assertRefused(() -> design.review(rileyAsEngineer, "engineering", Verdict.APPROVE, "", now, stages, NOW),
                WorkflowException.Kind.FORBIDDEN, "signed the research stage of revision 1 (in review round 1)");
    }

    /** contract-clause-extractor (low risk) approved at every stage: research by riley, policy by {@code policy}, engineering by eli. */
    private Design approved(Actor policy) {
        Design design = ApiFixtures.draft(7);
        design.submit(ERIN, approvedAs, "{}", stages, NOW);
        design.review(RILEY, "research", Verdict.APPROVE, "", approvedAs, stages, NOW);
        design.review(policy, "policy", Verdict.APPROVE, "", approvedAs, stages, NOW);
        design.review(ELI, "engineering", Verdict.APPROVE, "", approvedAs, stages, NOW);
        assertThat(design.state()).isEqualTo(DesignState.APPROVED);
        return design;
    }

    private static Evaluation at(String commit, Evaluation evaluation) {
        return new Evaluation(commit, evaluation.tier(), evaluation.findings(), evaluation.attestations());
    }

    private static void assertRefused(Runnable action, WorkflowException.Kind kind, String reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(WorkflowException.class, refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused).hasMessageContaining(reason);
        });
    }
}
