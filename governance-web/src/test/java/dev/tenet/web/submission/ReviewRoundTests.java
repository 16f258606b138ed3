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
 * Review rounds: policy drift sends an APPROVED design back to review at the policy stage, a
 * re-evaluation with a material change restarts the review, and only the current round's sign-offs
 * count, for quorum and for separation of duties alike.
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

        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW.plusSeconds(600));

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

        assertThatThrownBy(() -> inReview.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW))
                .isInstanceOfSatisfying(WorkflowException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.CONFLICT));
    }

    @Test
    void theReviewersWhoApprovedBeforeSignTheReReviewAndItEndsApproved() {
        Design design = approved(PAT);
        Evaluation now = at(NEW_COMMIT, approvedAs);
        design.reReviewAfterDrift(now, "{}", stages, NOW);

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
        design.reReviewAfterDrift(now, "{}", stages, NOW);
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
        Evaluation needsWaiver = at(NEW_COMMIT, ApiFixtures.evaluation("media-recommendations"));
        assertThat(needsWaiver.decision()).isEqualTo(Decision.NEEDS_WAIVER);
        design.reReviewAfterDrift(needsWaiver, "{}", stages, NOW);

        assertThatThrownBy(() -> design.review(PAT, "policy", Verdict.APPROVE, "", needsWaiver, stages, NOW))
                .isInstanceOfSatisfying(WorkflowException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(WorkflowException.Kind.CONFLICT);
                    assertThat(refused).hasMessageContaining("NEEDS_WAIVER");
                });
    }

    @Test
    void theReReviewMayRequestChangesOrReject() {
        Design changes = approved(PAT);
        changes.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW);
        Design rejected = approved(PAT);
        rejected.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW);

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
        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW);

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
        design.reReviewAfterDrift(at(NEW_COMMIT, approvedAs), "{}", stages, NOW);
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

        assertThat(Rules.reReviewStage(design, List.of(research, legal, board), RiskTier.LOW)).isEqualTo(legal);
        assertThat(Rules.reReviewStage(design, List.of(research, board), RiskTier.LOW)).isEqualTo(research);
        assertRefused(() -> Rules.reReviewStage(design, List.of(), RiskTier.LOW), WorkflowException.Kind.CONFLICT,
                "no stage for tier low");
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
