package dev.tenet.model.read;

import dev.tenet.model.Capability;
import dev.tenet.model.Consent;
import dev.tenet.model.DecisionImpact;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.DesignSpec;
import dev.tenet.model.Enforcement;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.Governance;
import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.Position;
import dev.tenet.model.Principle;
import dev.tenet.model.ReadResult;
import dev.tenet.model.Reference;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Rule;
import dev.tenet.model.SemVer;
import dev.tenet.model.Severity;
import dev.tenet.model.Stage;
import dev.tenet.model.TestCase;
import dev.tenet.model.Waiver;
import dev.tenet.model.WaiverSet;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** A valid example of every kind reads into the records with every field. */
class RoundTripTest {

    private final DocumentReader reader = new DocumentReader();

    static byte[] resource(String name) {
        try (InputStream in = RoundTripTest.class.getResourceAsStream("/read/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T extends dev.tenet.model.Document> T read(String name, Class<T> type) {
        ReadResult<T> result = reader.read("policies/privacy-security/" + name, resource(name), type);
        assertThat(result.problems()).isEmpty();
        return result.value();
    }

    @Test
    void policyReadsEveryMetadataField() {
        Policy policy = read("encrypt-personal-data.yaml", Policy.class);

        assertThat(policy.id()).isEqualTo("privacy.encrypt-personal-data");
        assertThat(policy.metadata().title()).isEqualTo("Encrypt personal data at rest and in transit");
        assertThat(policy.metadata().version()).isEqualTo(new SemVer(1, 2, 0, "rc.1", ""));
        assertThat(policy.metadata().owner()).isEqualTo("policy-team");
        assertThat(policy.metadata().principle()).isEqualTo(Principle.PRIVACY_SECURITY);
        assertThat(policy.metadata().lifecycle()).contains(Lifecycle.MITIGATE);
        assertThat(policy.metadata().description()).startsWith("Personal data that leaks");
        assertThat(policy.metadata().references()).containsExactly(
                new Reference("Responsible AI in Azure workloads", "Handle user data appropriately",
                        "https://example.org/azure-rai"),
                new Reference("Responsible generative AI", "Privacy and security", ""));
    }

    @Test
    void policyReadsSpecRulesAndAttestations() {
        Policy policy = read("encrypt-personal-data.yaml", Policy.class);

        assertThat(policy.appliesTo().source()).isEqualTo("design.data.personal");
        assertThat(policy.appliesTo().position()).isEqualTo(new Position(18, 14));
        assertThat(policy.enforcement()).isEqualTo(Enforcement.HARD_MANDATORY);
        assertThat(policy.severity()).isEqualTo(Severity.HIGH);
        assertThat(policy.rules()).extracting(Rule::id).containsExactly("at-rest", "in-transit");

        Rule atRest = policy.rules().get(0);
        assertThat(atRest.description()).isEqualTo("Stores holding personal data are encrypted.");
        assertThat(atRest.appliesTo().isAlwaysTrue()).isTrue();
        assertThat(atRest.require().source()).isEqualTo("design.data.encryption.atRest");
        assertThat(atRest.require().position()).isEqualTo(new Position(24, 16));
        assertThat(atRest.message()).isEqualTo("Personal data is not encrypted at rest.");
        assertThat(atRest.remediation()).isEqualTo("Encrypt every store that holds personal data.");
        assertThat(atRest.severity()).as("inherits the policy's").isEqualTo(Severity.HIGH);
        assertThat(atRest.position()).isEqualTo(new Position(22, 7));

        Rule inTransit = policy.rules().get(1);
        assertThat(inTransit.appliesTo().source()).isEqualTo("'generative' in design.capabilities");
        assertThat(inTransit.severity()).isEqualTo(Severity.CRITICAL);

        assertThat(policy.attestations()).hasSize(2);
        assertThat(policy.attestations().get(0).id()).isEqualTo("legal-review");
        assertThat(policy.attestations().get(0).stage()).isEqualTo("policy");
        assertThat(policy.attestations().get(0).question()).isEqualTo("Has legal counsel reviewed this workload?");
        assertThat(policy.attestations().get(0).evidence()).isEqualTo(EvidenceRequirement.REQUIRED);
        assertThat(policy.attestations().get(1).evidence()).as("default").isEqualTo(EvidenceRequirement.NONE);
    }

    @Test
    void policySourceMapLocatesEveryNode() {
        Policy policy = read("encrypt-personal-data.yaml", Policy.class);

        assertThat(policy.source().file()).isEqualTo("policies/privacy-security/encrypt-personal-data.yaml");
        assertThat(policy.source().positionOf("spec.rules[1].require")).contains(new Position(29, 16));
        assertThat(policy.source().positionOf("metadata.id")).contains(new Position(4, 7));
    }

    @Test
    void designReadsEveryField() {
        WorkloadDesign design = read("claims-triage.yaml", WorkloadDesign.class);
        DesignSpec spec = design.spec();

        assertThat(design.name()).isEqualTo("claims-triage");
        assertThat(design.team()).isEqualTo("claims");
        assertThat(design.metadata().owner()).contains("erin");
        assertThat(spec.description()).startsWith("Routes incoming insurance claims");
        assertThat(spec.capabilities()).containsExactly(Capability.TEXT_CLASSIFICATION, Capability.ENTITY_EXTRACTION);
        assertThat(spec.has(Capability.GENERATIVE)).isFalse();
        assertThat(spec.decisionImpact()).isEqualTo(DecisionImpact.HIGH);
        assertThat(spec.affectedStakeholders()).containsExactly("claimants", "adjusters");
    }

    @Test
    void designReadsDataHandling() {
        var data = read("claims-triage.yaml", WorkloadDesign.class).spec().data();

        assertThat(data.personal()).contains(true);
        assertThat(data.sensitiveCategories()).containsExactly("health", "financial");
        assertThat(data.consent()).contains(Consent.EXPLICIT);
        assertThat(data.retentionDays()).isEqualTo(OptionalInt.of(365));
        assertThat(data.encryption().atRest()).contains(true);
        assertThat(data.encryption().inTransit()).contains(false);
        assertThat(data.anonymization()).contains(true);
        assertThat(data.rightToBeForgotten()).contains(true);
        assertThat(data.optOut()).contains(false);
    }

    @Test
    void designReadsOversightTransparencyFairnessAndEvaluation() {
        DesignSpec spec = read("claims-triage.yaml", WorkloadDesign.class).spec();

        assertThat(spec.humanOversight().humanInTheLoop()).contains(true);
        assertThat(spec.humanOversight().confirmBeforeAction()).contains(false);
        assertThat(spec.humanOversight().correctionPath()).contains(true);
        assertThat(spec.transparency().disclosure()).contains(true);
        assertThat(spec.transparency().confidenceShown()).contains(false);
        assertThat(spec.transparency().explanations()).contains(true);
        assertThat(spec.transparency().sourcesCited()).contains(false);
        assertThat(spec.transparency().decisionLog()).contains(true);
        assertThat(spec.fairness().subgroupEvaluation()).contains(true);
        assertThat(spec.fairness().representativeData()).contains(false);
        assertThat(spec.evaluation().realWorldTesting()).contains(true);
        assertThat(spec.evaluation().confidenceThreshold()).isEqualTo(OptionalDouble.of(0.8));
        assertThat(spec.evaluation().harmsMeasured()).contains(false);
    }

    @Test
    void designReadsSecurityOperationsAttestationsAndExtensions() {
        DesignSpec spec = read("claims-triage.yaml", WorkloadDesign.class).spec();

        assertThat(spec.security()).isEqualTo(new dev.tenet.model.DesignParts.Security(Optional.of(true),
                Optional.of(true), Optional.of(false), Optional.of(true), Optional.of(false), Optional.of(true),
                Optional.of(false)));
        assertThat(spec.operations().monitoring()).contains(true);
        assertThat(spec.operations().feedbackChannel()).contains("https://feedback.example/claims");
        assertThat(spec.operations().incidentResponse()).contains(true);
        assertThat(spec.operations().rollbackPlan()).contains(false);
        assertThat(spec.attestations()).containsExactly(
                Map.entry("legal-review", new AttestationAnswer(true, Optional.of("https://wiki.example/claims/legal"))),
                Map.entry("dpia", new AttestationAnswer(false, Optional.empty())));
        assertThat(spec.extensions()).containsEntry("costCentre", "CC-1234");
        assertThat(spec.extensions().get("reviewNotes")).isEqualTo(Map.of("priority", 2L, "tags", List.of("pilot")));
    }

    @Test
    void designKeepsTheSpecTreeThatExpressionsRead() {
        WorkloadDesign design = read("claims-triage.yaml", WorkloadDesign.class);

        assertThat(design.tree()).containsKeys("description", "capabilities", "data", "extensions");
        assertThat(design.tree().get("decisionImpact")).isEqualTo("high");
        assertThat(design.source().positionOf("spec.data.encryption.inTransit")).contains(new Position(17, 43));
    }

    @Test
    void designWithOnlyRequiredFieldsLeavesTheRestUnset() {
        String yaml = """
                apiVersion: tenet.dev/v1
                kind: WorkloadDesign
                metadata: {name: tiny, team: t}
                spec: {description: d, capabilities: [other], decisionImpact: low}
                """;
        WorkloadDesign design = reader.read("tiny.yaml", yaml.getBytes(), WorkloadDesign.class).value();

        assertThat(design.metadata().owner()).isEmpty();
        assertThat(design.spec().data().personal()).isEmpty();
        assertThat(design.spec().data().retentionDays()).isEmpty();
        assertThat(design.spec().security().rbac()).isEmpty();
        assertThat(design.spec().operations().feedbackChannel()).isEmpty();
        assertThat(design.spec().attestations()).isEmpty();
        assertThat(design.spec().extensions()).isEmpty();
    }

    @Test
    void policyTestReadsCasesWithEveryField() {
        PolicyTest test = read("encrypt-personal-data_test.yaml", PolicyTest.class);

        assertThat(test.name()).isEqualTo("encrypt-personal-data");
        assertThat(test.description()).isEqualTo("Encryption rules for personal data.");
        assertThat(test.policy()).contains("privacy.encrypt-personal-data");
        assertThat(test.cases()).extracting(TestCase::name).containsExactly(
                "compliant design passes", "unencrypted personal data fails", "waived failure");

        TestCase first = test.cases().get(0);
        assertThat(first.design()).isEqualTo(new TestCase.DesignFile("../examples/claims-triage.yaml"));
        assertThat(first.expect()).containsExactly(Map.entry("at-rest", Outcome.PASS), Map.entry("in-transit", Outcome.PASS));
        assertThat(first.decision()).contains(Decision.PASS);
        assertThat(first.tier()).contains(RiskTier.HIGH);
        assertThat(first.patch()).isEmpty();

        TestCase second = test.cases().get(1);
        assertThat(second.patch()).isEqualTo(Map.of("data", Map.of("encryption", Map.of("atRest", false))));
        assertThat(second.meta()).isEqualTo(Map.of("team", "claims"));
        assertThat(second.attestations()).containsExactly(Map.entry("legal-review", AttestationStatus.ANSWERED));
        assertThat(second.position()).isEqualTo(new Position(14, 7));
    }

    @Test
    void policyTestReadsInlineDesignsAndWaivers() {
        TestCase waived = read("encrypt-personal-data_test.yaml", PolicyTest.class).cases().get(2);

        assertThat(waived.design()).isInstanceOf(TestCase.InlineDesign.class);
        assertThat(((TestCase.InlineDesign) waived.design()).spec())
                .containsEntry("decisionImpact", "low")
                .containsEntry("data", Map.of("personal", true));
        assertThat(waived.waivers()).containsExactly(new Waiver("privacy.encrypt-personal-data", "at-rest",
                "Migration to encrypted storage is scheduled.", LocalDate.of(2027, 1, 31), "pat"));
        assertThat(waived.expect()).containsEntry("at-rest", Outcome.WAIVED);
    }

    @Test
    void governanceReadsTiersStagesQuorumAndSla() {
        Governance governance = read("governance.yaml", Governance.class);

        assertThat(governance.name()).isEqualTo("default");
        assertThat(governance.riskTiers()).extracting(t -> t.tier()).containsExactly(RiskTier.HIGH, RiskTier.MEDIUM, RiskTier.LOW);
        assertThat(governance.riskTiers().get(1).when().source()).isEqualTo("design.data.personal");
        assertThat(governance.stages()).extracting(Stage::id).containsExactly("research", "policy", "engineering", "board");

        Stage research = governance.stages().get(0);
        assertThat(research.role()).isEqualTo("RESEARCH");
        assertThat(research.quorumFor(RiskTier.HIGH)).isEqualTo(2);
        assertThat(research.quorumFor(RiskTier.LOW)).isEqualTo(1);
        assertThat(research.description()).isEqualTo("Harms and user studies.");

        Stage board = governance.stage("board").orElseThrow();
        assertThat(board.appliesTo(RiskTier.HIGH)).isTrue();
        assertThat(board.appliesTo(RiskTier.MEDIUM)).isFalse();
        assertThat(board.quorumFor(RiskTier.MEDIUM)).isZero();
        assertThat(governance.stagesFor(RiskTier.LOW)).extracting(Stage::id).containsExactly("research", "policy", "engineering");
        assertThat(governance.stagesFor(RiskTier.HIGH)).hasSize(4);
        assertThat(governance.slaDays("board")).contains(10);
        assertThat(governance.slaDays("nothing")).isEmpty();
    }

    @Test
    void waiversReadEveryField() {
        WaiverSet set = read("claims-triage-waivers.yaml", WaiverSet.class);

        assertThat(set.name()).isEqualTo("claims-triage");
        assertThat(set.waivers()).containsExactly(
                new Waiver("transparency.show-confidence", "confidence-shown",
                        "The confidence widget ships in the next release.", LocalDate.of(2027, 3, 31), "pat"),
                new Waiver("reliability.rollback-plan", "plan", "Rollback runbook under review.",
                        LocalDate.of(2026, 12, 31), ""));
        assertThat(set.waivers().get(1).isActiveOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(set.waivers().get(1).isActiveOn(LocalDate.of(2027, 1, 1))).isFalse();
    }
}
