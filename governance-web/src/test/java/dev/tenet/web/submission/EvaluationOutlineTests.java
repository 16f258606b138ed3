package dev.tenet.web.submission;

import dev.tenet.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a material change of a pinned evaluation, and which findings moved. */
class EvaluationOutlineTests {

    private final Evaluation evaluation = ApiFixtures.evaluation("media-recommendations");
    private final EvaluationOutline pinned = EvaluationOutline.of(evaluation);

    @Test
    void readsTheStoredJsonAsItReadsTheEvaluation() {
        EvaluationOutline stored = EvaluationOutline.read(DesignEvaluations.json(evaluation));

        assertThat(stored).isEqualTo(pinned);
        assertThat(stored.decision()).isEqualTo("NEEDS_WAIVER");
        assertThat(stored.findings()).isNotEmpty();
        assertThat(stored.attestations()).isNotEmpty();
    }

    @Test
    void aDraftWithoutAnEvaluationHasAnEmptyOutline() {
        assertThat(EvaluationOutline.read("").findings()).isEmpty();
    }

    @Test
    void theSameEvaluationAtAnotherCommitIsNoMaterialChange() {
        EvaluationOutline elsewhere = with(pinned, "0123abcd", pinned.tier(), pinned.decision(), pinned.findings(),
                pinned.attestations());

        assertThat(pinned.differsMateriallyFrom(elsewhere)).isFalse();
        assertThat(pinned.movedTo(elsewhere)).isEmpty();
    }

    @Test
    void aNewTierOrDecisionIsMaterial() {
        assertThat(pinned.differsMateriallyFrom(with(pinned, "c", "high", pinned.decision(), pinned.findings(),
                pinned.attestations()))).isTrue();
        assertThat(pinned.differsMateriallyFrom(with(pinned, "c", pinned.tier(), "BLOCKED", pinned.findings(),
                pinned.attestations()))).isTrue();
    }

    @Test
    void aFindingsNewOutcomeIsMaterialAndMoved() {
        Map<String, EvaluationOutline.FindingOutline> findings = new LinkedHashMap<>(pinned.findings());
        String key = passingKey();
        var passing = findings.get(key);
        findings.put(key, new EvaluationOutline.FindingOutline(passing.policy(), passing.rule(), "FAIL", "hard-mandatory",
                passing.message()));
        EvaluationOutline after = with(pinned, "c", pinned.tier(), pinned.decision(), findings, pinned.attestations());

        assertThat(pinned.differsMateriallyFrom(after)).isTrue();
        assertThat(pinned.movedTo(after)).singleElement().satisfies(moved -> {
            assertThat(moved.key()).isEqualTo(key);
            assertThat(moved.outcomeBefore()).isEqualTo("PASS");
            assertThat(moved.outcomeAfter()).isEqualTo("FAIL");
            assertThat(moved.enforcement()).isEqualTo("hard-mandatory");
            assertThat(moved.failing()).isTrue();
            assertThat(moved.describe()).isEqualTo(key + " PASS → FAIL (hard-mandatory)");
        });
    }

    @Test
    void aFailureUnderAStricterEnforcementMovesThoughItsOutcomeStays() {
        Map<String, EvaluationOutline.FindingOutline> findings = new LinkedHashMap<>(pinned.findings());
        var failing = findings.values().stream().filter(EvaluationOutline.FindingOutline::failing).findFirst().orElseThrow();
        findings.put(failing.policy() + "/" + failing.rule(), new EvaluationOutline.FindingOutline(failing.policy(),
                failing.rule(), failing.outcome(), "hard-mandatory", failing.message()));

        assertThat(pinned.movedTo(with(pinned, "c", pinned.tier(), pinned.decision(), findings, pinned.attestations())))
                .singleElement().satisfies(moved -> assertThat(moved.outcomeBefore()).isEqualTo(moved.outcomeAfter()));
    }

    @Test
    void aNewRuleThatDoesNotApplyIsNoMaterialChangeButANewFailingRuleIs() {
        Map<String, EvaluationOutline.FindingOutline> notApplicable = new LinkedHashMap<>(pinned.findings());
        notApplicable.put("new.policy/rule", new EvaluationOutline.FindingOutline("new.policy", "rule", "NOT_APPLICABLE",
                "advisory", "new"));
        Map<String, EvaluationOutline.FindingOutline> failing = new LinkedHashMap<>(pinned.findings());
        failing.put("new.policy/rule", new EvaluationOutline.FindingOutline("new.policy", "rule", "FAIL",
                "soft-mandatory", "a new rule fails"));

        EvaluationOutline quiet = with(pinned, "c", pinned.tier(), pinned.decision(), notApplicable, pinned.attestations());
        EvaluationOutline loud = with(pinned, "c", pinned.tier(), pinned.decision(), failing, pinned.attestations());

        assertThat(pinned.differsMateriallyFrom(quiet)).isFalse();
        assertThat(pinned.movedTo(quiet)).isEmpty();
        assertThat(pinned.differsMateriallyFrom(loud)).isTrue();
        assertThat(pinned.movedTo(loud)).singleElement().satisfies(moved -> {
            assertThat(moved.outcomeBefore()).isEmpty();
            assertThat(moved.describe()).isEqualTo("new.policy/rule (new rule) → FAIL (soft-mandatory)");
        });
    }

    @Test
    void aFailingRuleThatWentAwayMovesLast() {
        Map<String, EvaluationOutline.FindingOutline> findings = new LinkedHashMap<>(pinned.findings());
        var failing = findings.values().stream().filter(EvaluationOutline.FindingOutline::failing).findFirst().orElseThrow();
        findings.remove(failing.policy() + "/" + failing.rule());

        assertThat(pinned.movedTo(with(pinned, "c", pinned.tier(), pinned.decision(), findings, pinned.attestations())))
                .singleElement().satisfies(moved -> {
                    assertThat(moved.outcomeAfter()).isEmpty();
                    assertThat(moved.failing()).isFalse();
                });
    }

    @Test
    void anAttestationsNewStatusIsMaterial() {
        Map<String, String> attestations = new LinkedHashMap<>(pinned.attestations());
        String id = attestations.keySet().iterator().next();
        attestations.put(id, attestations.get(id).equals("ANSWERED") ? "MISSING" : "ANSWERED");

        assertThat(pinned.differsMateriallyFrom(with(pinned, "c", pinned.tier(), pinned.decision(), pinned.findings(),
                attestations))).isTrue();
    }

    @Test
    void aRewordedMessageIsNoMaterialChange() {
        Map<String, EvaluationOutline.FindingOutline> findings = new LinkedHashMap<>();
        pinned.findings().forEach((key, f) -> findings.put(key, new EvaluationOutline.FindingOutline(f.policy(), f.rule(),
                f.outcome(), f.enforcement(), "reworded: " + f.message())));

        assertThat(pinned.differsMateriallyFrom(with(pinned, "c", pinned.tier(), pinned.decision(), findings,
                pinned.attestations()))).isFalse();
    }

    private String passingKey() {
        return pinned.findings().entrySet().stream().filter(e -> e.getValue().outcome().equals("PASS")).findFirst()
                .orElseThrow().getKey();
    }

    private static EvaluationOutline with(EvaluationOutline base, String commit, String tier, String decision,
                                          Map<String, EvaluationOutline.FindingOutline> findings,
                                          Map<String, String> attestations) {
        return new EvaluationOutline(commit, tier, decision, findings, attestations);
    }
}
