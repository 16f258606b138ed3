package dev.tenet.web.design;

import dev.tenet.web.TenetProperties;
import dev.tenet.web.account.Actor;
import dev.tenet.web.browser.DemoApplication;
import dev.tenet.web.browser.Examples;
import dev.tenet.web.design.DesignPage.StageProgress;
import dev.tenet.web.design.PinnedEvaluation.FindingView;
import dev.tenet.web.persistence.PolicyCommits;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.submission.DesignNotFoundException;
import dev.tenet.web.submission.Harm;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Design pages assembled from real designs, their revisions and pinned evaluations. */
class DesignPagesTest extends DemoApplication {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor TOM = new Actor("tom", "talent", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));
    static final Actor ELI = new Actor("eli", "", Set.of("ENGINEERING"));

    @Autowired
    DesignPages pages;
    @Autowired
    SubmissionService submissions;
    @Autowired
    PolicyService policies;
    @Autowired
    TenetProperties properties;

    @Test
    void showsADraftWithoutAnEvaluationAndOffersItsTeamToSubmitIt() {
        Examples.Named example = Examples.claims("claims-triage.yaml", "draft-page");
        long id = submissions.save(ERIN, "d.yaml", example.yaml()).design().id();

        DesignPage page = pages.page(ERIN, id);
        assertThat(page.header().state()).isEqualTo("DRAFT");
        assertThat(page.header().description()).startsWith("Classifies incoming insurance claims");
        assertThat(page.evaluation().isEmpty()).isTrue();
        assertThat(page.stages()).isEmpty();
        assertThat(page.actions().submit()).isTrue();
        assertThat(page.yaml()).isEqualTo(example.yaml());
    }

    @Test
    void showsASubmittedDesignsStagesFindingsAndChecklistAndWhoMayActNow() {
        long id = submitted("claims-triage.yaml", "review-page");
        submissions.review(RILEY, id, "research", Verdict.APPROVE, "harms look covered");

        DesignPage page = pages.page(RILEY, id);
        assertThat(page.header().tier()).isEqualTo("high");
        assertThat(page.header().decision()).isEqualTo("PASS");
        assertThat(page.header().policyCommit()).hasSize(40);
        assertThat(page.stages()).extracting(StageProgress::id).containsExactly("research", "policy", "engineering", "board");
        assertThat(page.stages().get(0).status()).isEqualTo("current");
        assertThat(page.stages().get(0).approvers()).containsExactly("riley");
        assertThat(page.principles()).isNotEmpty();
        assertThat(page.attestations()).extracting(DesignPage.StageAttestations::stage)
                .containsExactly("research", "policy", "engineering", "board");
        assertThat(page.timeline()).singleElement().satisfies(entry -> assertThat(entry.comment()).isEqualTo("harms look covered"));
        assertThat(page.actions().review()).as("riley signed this revision already").isFalse();
        assertThat(pages.page(new Actor("rosa", "", Set.of("RESEARCH")), id).actions().reviewStage()).isEqualTo("research");
        assertThat(pages.page(ERIN, id).actions().review()).isFalse();
        assertThat(pages.page(ERIN, id).actions().withdraw()).isTrue();
        assertThat(pages.page(PAT, id).actions().answerStages()).containsExactly("policy");
    }

    @Test
    void offersThePolicyStageOnlyTheFailingSoftMandatoryRulesToWaive() {
        long id = submitted("media-recommendations.yaml", "waivable");

        DesignPage page = pages.page(PAT, id);
        assertThat(page.header().decision()).isEqualTo("NEEDS_WAIVER");
        assertThat(page.actions().waivable()).isNotEmpty().allSatisfy(finding -> {
            assertThat(finding.failed()).isTrue();
            assertThat(finding.enforcement()).isEqualTo("soft-mandatory");
        });
        assertThat(pages.page(RILEY, id).actions().waivable()).isEmpty();
    }

    @Test
    void groupsFindingsByPrincipleWithFailuresFirst() {
        long id = submitted("resume-screener.yaml", "blocked-page");

        DesignPage page = pages.page(RILEY, id);
        assertThat(page.header().decision()).isEqualTo("BLOCKED");
        DesignPage.PrincipleGroup accountability = page.principles().stream()
                .filter(g -> g.principle().equals("accountability")).findFirst().orElseThrow();
        assertThat(accountability.failures()).isPositive();
        assertThat(accountability.findings().get(0).failed()).isTrue();
        FindingView failure = accountability.findings().get(0);
        assertThat(failure.detail()).isNotEmpty();
        assertThat(failure.values()).isNotEmpty();
        assertThat(failure.remediation()).isNotEmpty();
    }

    @Test
    void listsTheRiskRegister() {
        long id = submitted("claims-triage.yaml", "harms-page");
        submissions.recordHarm(RILEY, id, new Harm("Urgent claims missed", "claimants", "medium", "high",
                "An adjuster confirms every category", "riley", Instant.now()));

        assertThat(pages.page(ERIN, id).harms()).singleElement()
                .satisfies(harm -> assertThat(harm.affectedGroup()).isEqualTo("claimants"));
    }

    @Test
    void aDesignBackInReviewAfterPolicyDriftShowsItsRoundWhatStillStandsAndThatThePoliciesMovedOn() {
        Examples.Named example = Examples.claims("contract-clause-extractor.yaml", "drifted-page");
        long id = submissions.save(ERIN, example.name() + ".yaml", example.yaml()).design().id();
        submissions.submit(ERIN, id);
        submissions.review(RILEY, id, "research", Verdict.APPROVE, "harms covered");
        submissions.review(PAT, id, "policy", Verdict.APPROVE, "policies met");
        submissions.review(ELI, id, "engineering", Verdict.APPROVE, "ready");
        String head = policies.current().commit();
        String newer = PolicyCommits.commitFailingFor(Path.of(properties.policies().repository()), example.name(),
                example.name(), "soft-mandatory", "Not red-teamed.");

        assertThat(submissions.reReviewIfWorse(id, policies.at(newer))).isPresent();

        DesignPage page = pages.page(ERIN, id);
        assertThat(page.header().state()).isEqualTo("RE_REVIEW");
        assertThat(page.header().round()).isEqualTo(2);
        assertThat(page.stages()).extracting(StageProgress::status).containsExactly("done", "current", "pending");
        assertThat(page.stages().get(0).approvers()).as("what research found still stands").containsExactly("riley");
        assertThat(page.stages().get(1).approvers()).as("policy signs the new round afresh").isEmpty();
        assertThat(page.timeline()).allSatisfy(entry -> {
            assertThat(entry.round()).isEqualTo(1);
            assertThat(entry.current()).isFalse();
            assertThat(entry.earlierRevision()).isFalse();
        });
        assertThat(page.policyChange().changed()).as("the application's head is still the older commit").isTrue();
        assertThat(page.policyChange().pinned()).isEqualTo(newer);
        assertThat(page.policyChange().current()).isEqualTo(head);
        assertThat(page.actions().reevaluate()).isTrue();
        assertThat(pages.page(PAT, id).actions().reevaluate()).isFalse();
        assertThat(pages.page(PAT, id).actions().reviewStage()).as("pat signed round 1; round 2 is new").isEqualTo("policy");
    }

    @Test
    void hidesAnotherTeamsDesignFromAnEngineerAsIfItDidNotExist() {
        long id = submitted("claims-triage.yaml", "hidden");

        assertThatThrownBy(() -> pages.page(TOM, id)).isInstanceOf(DesignNotFoundException.class);
    }

    private long submitted(String file, String prefix) {
        Examples.Named example = Examples.claims(file, prefix);
        long id = submissions.save(ERIN, example.name() + ".yaml", example.yaml()).design().id();
        submissions.submit(ERIN, id);
        return id;
    }
}
