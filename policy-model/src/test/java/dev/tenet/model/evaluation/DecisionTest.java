package dev.tenet.model.evaluation;

import dev.tenet.model.Enforcement;
import dev.tenet.model.Principle;
import dev.tenet.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTest {

    private static Finding finding(Outcome outcome, Enforcement enforcement) {
        return new Finding("p.x", "1.0.0", Principle.FAIRNESS, "r", outcome, enforcement, Severity.HIGH, "m", "fix",
                "", Map.of(), "", Optional.empty());
    }

    @Test
    void noFindingsPass() {
        assertThat(Decision.of(List.of())).isEqualTo(Decision.PASS);
    }

    @Test
    void aHardMandatoryFailureBlocks() {
        assertThat(Decision.of(List.of(finding(Outcome.FAIL, Enforcement.ADVISORY),
                finding(Outcome.FAIL, Enforcement.HARD_MANDATORY), finding(Outcome.FAIL, Enforcement.SOFT_MANDATORY))))
                .isEqualTo(Decision.BLOCKED);
    }

    @Test
    void anUnwaivedSoftMandatoryFailureNeedsAWaiver() {
        assertThat(Decision.of(List.of(finding(Outcome.FAIL, Enforcement.SOFT_MANDATORY),
                finding(Outcome.FAIL, Enforcement.ADVISORY)))).isEqualTo(Decision.NEEDS_WAIVER);
    }

    @Test
    void aWaivedFailureNoLongerCounts() {
        assertThat(Decision.of(List.of(finding(Outcome.WAIVED, Enforcement.SOFT_MANDATORY)))).isEqualTo(Decision.PASS);
    }

    @Test
    void advisoryFailuresOnlyPassWithAdvice() {
        assertThat(Decision.of(List.of(finding(Outcome.FAIL, Enforcement.ADVISORY), finding(Outcome.PASS,
                Enforcement.HARD_MANDATORY)))).isEqualTo(Decision.PASS_WITH_ADVICE);
    }

    @Test
    void anErrorCountsAsAFailureAtItsEnforcementLevel() {
        assertThat(Decision.of(List.of(finding(Outcome.ERROR, Enforcement.HARD_MANDATORY)))).isEqualTo(Decision.BLOCKED);
    }

    @Test
    void notApplicableRulesNeverCount() {
        assertThat(Decision.of(List.of(finding(Outcome.NOT_APPLICABLE, Enforcement.HARD_MANDATORY)))).isEqualTo(Decision.PASS);
    }

    @Test
    void onlyPassingDecisionsPermitApproval() {
        assertThat(Decision.PASS.permitsApproval()).isTrue();
        assertThat(Decision.PASS_WITH_ADVICE.permitsApproval()).isTrue();
        assertThat(Decision.NEEDS_WAIVER.permitsApproval()).isFalse();
        assertThat(Decision.BLOCKED.permitsApproval()).isFalse();
    }

    @Test
    void decisionsOrderFromWorstToBest() {
        assertThat(Decision.BLOCKED.isWorseThan(Decision.NEEDS_WAIVER)).isTrue();
        assertThat(Decision.PASS.isWorseThan(Decision.PASS_WITH_ADVICE)).isFalse();
    }

    @Test
    void theEvaluationDerivesItsDecisionFromItsFindings() {
        Evaluation evaluation = new Evaluation("abc", dev.tenet.model.RiskTier.LOW,
                List.of(finding(Outcome.FAIL, Enforcement.SOFT_MANDATORY)), List.of());
        assertThat(evaluation.decision()).isEqualTo(Decision.NEEDS_WAIVER);
        assertThat(evaluation.findings(Outcome.FAIL)).hasSize(1);
    }
}
