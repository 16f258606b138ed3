package dev.tenet.engine.evaluation;

import dev.tenet.engine.report.JsonReport;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Waiver;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Evaluator evaluator = new Evaluator();

    private Evaluation evaluate(String design) {
        return evaluator.evaluate(Fixtures.bundle(), EvaluationInput.of(Fixtures.design(design), TODAY));
    }

    private static Finding finding(Evaluation evaluation, String key) {
        return evaluation.findings().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aCompliantDesignPassesEveryApplicableRule() {
        Evaluation evaluation = evaluate("complete");

        assertThat(evaluation.decision()).isEqualTo(Decision.PASS);
        assertThat(evaluation.tier()).isEqualTo(RiskTier.MEDIUM);
        assertThat(evaluation.policyCommit()).isEqualTo("worktree");
        assertThat(evaluation.findings()).extracting(Finding::key, Finding::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("fairness.subgroups/subgroup-evaluation", Outcome.PASS),
                org.assertj.core.groups.Tuple.tuple("fairness.subgroups/retention", Outcome.PASS),
                org.assertj.core.groups.Tuple.tuple("privacy.encrypt/at-rest", Outcome.PASS),
                org.assertj.core.groups.Tuple.tuple("privacy.encrypt/in-transit", Outcome.PASS),
                org.assertj.core.groups.Tuple.tuple("transparency.cite/sources-cited", Outcome.NOT_APPLICABLE));
    }

    @Test
    void aFindingCarriesThePolicyAndRuleDetails() {
        Finding atRest = finding(evaluate("complete"), "privacy.encrypt/at-rest");

        assertThat(atRest.policyVersion()).isEqualTo("1.0.0");
        assertThat(atRest.enforcement()).isEqualTo(dev.tenet.model.Enforcement.HARD_MANDATORY);
        assertThat(atRest.severity()).isEqualTo(dev.tenet.model.Severity.HIGH);
        assertThat(atRest.message()).isEqualTo("Personal data is not encrypted at rest.");
        assertThat(atRest.remediation()).isEqualTo("Encrypt every store.");
        assertThat(atRest.values()).containsExactly(Map.entry("design.data.encryption.atRest", true));
        assertThat(atRest.location()).endsWith("privacy/encrypt.yaml:14:7");
    }

    @Test
    void aNotApplicablePolicySaysWhy() {
        Finding cite = finding(evaluate("complete"), "transparency.cite/sources-cited");

        assertThat(cite.detail()).startsWith("the policy does not apply: 'generative' in design.capabilities is false");
    }

    @Test
    void aFieldTheDesignDoesNotSetFailsTheRuleWithThePath() {
        Finding atRest = finding(evaluate("sparse"), "privacy.encrypt/at-rest");

        assertThat(atRest.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(atRest.detail()).isEqualTo("design.data.encryption.atRest is not set");
        assertThat(atRest.values()).containsEntry("design.data.encryption.atRest", null);
    }

    @Test
    void aPolicyWhoseApplicabilityCannotBeDecidedApplies() {
        Evaluation evaluation = evaluate("sparse");

        assertThat(finding(evaluation, "privacy.encrypt/in-transit").outcome()).isEqualTo(Outcome.FAIL);
        assertThat(evaluation.decision()).isEqualTo(Decision.BLOCKED);
    }

    @Test
    void aRuleWhoseOwnConditionIsFalseIsNotApplicable() {
        Finding retention = finding(evaluate("sparse"), "fairness.subgroups/retention");

        assertThat(retention.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(retention.detail()).startsWith("the rule does not apply: has(design.data.retentionDays) is false");
    }

    @Test
    void theFirstMatchingTierWins() {
        assertThat(evaluate("sparse").tier()).as("generative").isEqualTo(RiskTier.HIGH);
        assertThat(evaluate("complete").tier()).as("personal data").isEqualTo(RiskTier.MEDIUM);
    }

    @Test
    void aTierConditionThatReadsAnUnsetFieldMatchesCautiously() {
        Map<String, Object> spec = Map.of("description", "d", "capabilities", List.of("other"), "decisionImpact", "low");
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(), EvaluationInput.of(spec, Map.of(), TODAY));

        assertThat(evaluation.tier()).isEqualTo(RiskTier.MEDIUM);
    }

    @Test
    void aRuntimeErrorIsAnErrorFindingWithThePolicyLocation() {
        Map<String, Object> data = Map.of("personal", false, "retentionDays", "forever");
        Map<String, Object> spec = Map.of("description", "d", "capabilities", List.of("other"), "decisionImpact", "low",
                "data", data, "evaluation", Map.of("confidenceThreshold", 0.5));
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(), EvaluationInput.of(spec, Map.of(), TODAY));
        Finding retention = finding(evaluation, "fairness.subgroups/retention");

        assertThat(retention.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(retention.detail()).startsWith("the rule could not be evaluated: ").contains("subgroups.yaml:17:7");
        assertThat(evaluation.decision()).as("an error fails closed").isEqualTo(Decision.NEEDS_WAIVER);
    }

    @Test
    void anActiveWaiverWaivesASoftMandatoryFailure() {
        Waiver waiver = new Waiver("fairness.subgroups", "subgroup-evaluation", "Study runs next quarter.",
                TODAY.plusDays(30), "pat");
        Map<String, Object> spec = new LinkedHashMap<>(Fixtures.design("complete").tree());
        spec.put("fairness", Map.of("subgroupEvaluation", false));
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(),
                EvaluationInput.of(spec, Map.of(), TODAY).withWaivers(List.of(waiver)));
        Finding waived = finding(evaluation, "fairness.subgroups/subgroup-evaluation");

        assertThat(waived.outcome()).isEqualTo(Outcome.WAIVED);
        assertThat(waived.waiver()).contains(waiver);
        assertThat(waived.detail()).isEqualTo("design.fairness.subgroupEvaluation is false; waived until " + waiver.expires());
        assertThat(evaluation.decision()).isEqualTo(Decision.PASS);
    }

    @Test
    void aWaiverAppliesThroughItsExpiryDayAndNeverAfter() {
        Waiver waiver = new Waiver("fairness.subgroups", "subgroup-evaluation", "j", TODAY, "pat");
        Map<String, Object> spec = Map.of("description", "d", "capabilities", List.of("other"), "decisionImpact", "low",
                "data", Map.of("personal", false), "fairness", Map.of("subgroupEvaluation", false));
        EvaluationInput input = EvaluationInput.of(spec, Map.of(), TODAY).withWaivers(List.of(waiver));

        assertThat(finding(evaluator.evaluate(Fixtures.bundle(), input), "fairness.subgroups/subgroup-evaluation")
                .outcome()).isEqualTo(Outcome.WAIVED);
        EvaluationInput tomorrow = EvaluationInput.of(spec, Map.of(), TODAY.plusDays(1)).withWaivers(List.of(waiver));
        Finding expired = finding(evaluator.evaluate(Fixtures.bundle(), tomorrow), "fairness.subgroups/subgroup-evaluation");
        assertThat(expired.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(expired.detail()).endsWith("; its waiver expired on " + TODAY);
    }

    @Test
    void aWaiverOfAHardMandatoryRuleIsRefused() {
        Waiver waiver = new Waiver("privacy.encrypt", "at-rest", "Please.", TODAY.plusDays(30), "pat");
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(),
                EvaluationInput.of(Fixtures.design("sparse"), TODAY).withWaivers(List.of(waiver)));
        Finding atRest = finding(evaluation, "privacy.encrypt/at-rest");

        assertThat(atRest.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(atRest.detail()).endsWith("a waiver was given, but hard-mandatory rules cannot be waived");
        assertThat(evaluation.decision()).isEqualTo(Decision.BLOCKED);
    }

    @Test
    void theChecklistListsApplicableAttestationsInStageOrderWithTheirStatus() {
        Evaluation evaluation = evaluate("complete");

        assertThat(evaluation.attestations()).extracting(AttestationCheck::id, AttestationCheck::stage, AttestationCheck::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("user-study", "research", AttestationStatus.DECLINED),
                        org.assertj.core.groups.Tuple.tuple("legal-review", "policy", AttestationStatus.ANSWERED));
        assertThat(evaluation.attestations().get(1).evidence()).contains("https://wiki.example/legal");
    }

    @Test
    void attestationsOfAStageTheTierSkipsAreLeftOut() {
        assertThat(evaluate("complete").attestations()).extracting(AttestationCheck::id).doesNotContain("board-briefed");
        assertThat(evaluate("sparse").attestations()).extracting(AttestationCheck::id)
                .containsExactly("user-study", "legal-review", "board-briefed");
    }

    @Test
    void anAnswerWithoutRequiredEvidenceIsNotEnough() {
        Map<String, Object> spec = new LinkedHashMap<>(Fixtures.design("complete").tree());
        spec.put("attestations", Map.of("legal-review", Map.of("answer", true)));
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(), EvaluationInput.of(spec, Map.of(), TODAY));

        assertThat(evaluation.attestations()).filteredOn(a -> a.id().equals("legal-review"))
                .extracting(AttestationCheck::status).containsExactly(AttestationStatus.EVIDENCE_MISSING);
        assertThat(evaluation.openAttestations("policy")).hasSize(1);
    }

    @Test
    void aReviewersRecordedAnswerTakesPrecedence() {
        var recorded = Map.of("user-study", new dev.tenet.model.DesignParts.AttestationAnswer(true,
                Optional.of("https://wiki.example/study")));
        Evaluation evaluation = evaluator.evaluate(Fixtures.bundle(),
                EvaluationInput.of(Fixtures.design("complete"), TODAY).withRecorded(recorded));

        assertThat(evaluation.attestations().get(0).status()).isEqualTo(AttestationStatus.ANSWERED);
        assertThat(evaluation.openAttestations("research")).isEmpty();
    }

    @Test
    void attestationsNeverChangeTheDecision() {
        Evaluation evaluation = evaluate("complete");
        assertThat(evaluation.attestations()).anyMatch(a -> !a.status().isSatisfied());
        assertThat(evaluation.decision()).isEqualTo(Decision.PASS);
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String first = JsonReport.evaluationJson(evaluate("sparse"));
        String second = JsonReport.evaluationJson(evaluate("sparse"));
        assertThat(first).isEqualTo(second).contains("\"decision\": \"BLOCKED\"");
        assertThat(evaluate("complete")).isEqualTo(evaluate("complete"));
    }

    @Test
    void evaluatingSomePoliciesKeepsTheTierFromGovernance() {
        PolicyBundle bundle = Fixtures.bundle();
        Evaluation evaluation = evaluator.evaluate(bundle, List.of(bundle.policy("transparency.cite").orElseThrow()),
                EvaluationInput.of(Fixtures.design("sparse"), TODAY));

        assertThat(evaluation.findings()).extracting(Finding::key).containsExactly("transparency.cite/sources-cited");
        assertThat(evaluation.tier()).isEqualTo(RiskTier.HIGH);
        assertThat(evaluation.decision()).isEqualTo(Decision.PASS_WITH_ADVICE);
    }
}
