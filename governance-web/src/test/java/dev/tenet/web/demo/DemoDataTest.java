package dev.tenet.web.demo;

import dev.tenet.model.RiskTier;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.web.audit.AuditTrail;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.SignOff;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile on an empty data folder and a policy repository holding this checkout's
 * library: the sample designs are there, each in the state its story leads to, through the real
 * workflow (the audit trail has every move), and a second run seeds nothing.
 */
@SpringBootTest
@ActiveProfiles("demo")
class DemoDataTest {

    @TempDir
    static Path folder;

    @Autowired
    Designs designs;
    @Autowired
    DemoData demoData;
    @Autowired
    AuditTrail audit;

    @DynamicPropertySource
    static void emptyDataFolder(DynamicPropertyRegistry registry) {
        registry.add("tenet.data-dir", () -> folder.resolve("data").toString());
        registry.add("tenet.policies.repository", () -> TemporaryPolicyRepository.create(folder.resolve("policies-repo"))
                .toString());
    }

    @Test
    void seedsEverySampleDesignForTheDemoTeam() {
        assertThat(designs.findAll()).extracting(Design::name).containsExactlyInAnyOrder("claims-triage",
                "claim-form-extraction", "media-recommendations", "resume-screener", "kids-learning-recommender",
                "support-assistant");
        assertThat(designs.findAll()).allSatisfy(design -> {
            assertThat(design.team()).isEqualTo("claims");
            assertThat(design.owner()).isIn("erin", "evan");
        });
    }

    @Test
    void claimsTriageIsApprovedByEveryStageAndTheBoard() {
        Design design = design("claims-triage");
        assertThat(design.state()).isEqualTo(DesignState.APPROVED);
        assertThat(design.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(design.decision()).isEqualTo(Decision.PASS);
        assertThat(design.currentSignOffs()).extracting(SignOff::stage)
                .containsExactly("research", "research", "policy", "engineering", "board", "board");
        assertThat(design.currentSignOffs()).extracting(SignOff::verdict).containsOnly(Verdict.APPROVE);
        assertThat(ReviewSteps.openAttestations(design, "board")).isEmpty();
    }

    @Test
    void claimFormExtractionWaitsAtThePolicyStage() {
        Design design = design("claim-form-extraction");
        assertThat(design.state()).isEqualTo(DesignState.IN_REVIEW);
        assertThat(design.stage()).isEqualTo("policy");
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer).containsExactly("riley", "rosa");
    }

    @Test
    void mediaRecommendationsHasOneWaiverAndStillNeedsAnother() {
        Design design = design("media-recommendations");
        assertThat(design.state()).isEqualTo(DesignState.IN_REVIEW);
        assertThat(design.stage()).isEqualTo("policy");
        assertThat(design.decision()).isEqualTo(Decision.NEEDS_WAIVER);
        assertThat(design.currentWaivers()).singleElement().satisfies(waiver -> assertThat(waiver.approver()).isEqualTo("pat"));
        assertThat(ReviewSteps.unwaivedSoftFailures(design)).isNotEmpty();
    }

    @Test
    void resumeScreenerIsBlockedAndSentBackWithAHarmRecorded() {
        Design design = design("resume-screener");
        assertThat(design.state()).isEqualTo(DesignState.CHANGES_REQUESTED);
        assertThat(design.decision()).isEqualTo(Decision.BLOCKED);
        assertThat(design.currentSignOffs()).singleElement()
                .satisfies(signOff -> assertThat(signOff.verdict()).isEqualTo(Verdict.REQUEST_CHANGES));
        assertThat(design.harms()).hasSize(1);
    }

    @Test
    void kidsLearningRecommenderIsInResearchWithItsRiskRegister() {
        Design design = design("kids-learning-recommender");
        assertThat(design.state()).isEqualTo(DesignState.IN_REVIEW);
        assertThat(design.stage()).isEqualTo("research");
        assertThat(design.harms()).hasSize(2).allSatisfy(harm -> assertThat(harm.recordedBy()).isEqualTo("riley"));
        assertThat(design.currentSignOffs()).extracting(SignOff::reviewer).containsExactly("rosa");
    }

    @Test
    void supportAssistantIsADraft() {
        assertThat(design("support-assistant").state()).isEqualTo(DesignState.DRAFT);
    }

    @Test
    void everyMoveIsInTheAuditTrail() {
        var verification = audit.verify();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.events()).isGreaterThan(designs.count() * 2);
        assertThat(audit.eventsOf(design("claims-triage").id())).isNotEmpty();
    }

    @Test
    void seedsNothingWhenDesignsExist() {
        long before = designs.count();

        demoData.run(new DefaultApplicationArguments());

        assertThat(designs.count()).isEqualTo(before);
    }

    private Design design(String name) {
        return designs.findByTeamAndName(DemoScenarios.TEAM, name).orElseThrow();
    }
}
