package dev.tenet.engine.testing;

import org.junit.jupiter.api.Test;

import static dev.tenet.engine.testing.RunnerFixtures.runCase;
import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of mismatch between a case and its evaluation gives one sentence that says what differed. */
class PolicyTestRunnerTest {

    private static final String FILE = "mismatches_test.yaml";

    @Test
    void aCaseWhoseExpectationsAllHoldPasses() {
        CaseResult result = runCase(FILE, "every expectation holds");

        assertThat(result.passed()).as(result.failures().toString()).isTrue();
    }

    @Test
    void aWrongOutcomeNamesTheRuleBothOutcomesAndWhy() {
        assertThat(runCase(FILE, "wrong outcome").failures())
                .containsExactly("at-rest: expected PASS, got FAIL (design.data.encryption.atRest is false)");
    }

    @Test
    void aWrongDecisionListsTheFailingRulesWithTheirEnforcement() {
        assertThat(runCase(FILE, "wrong decision").failures())
                .containsExactly("decision: expected PASS, got BLOCKED; failing: privacy.encrypt/at-rest (hard-mandatory)");
    }

    @Test
    void aWrongTierNamesBothTiers() {
        assertThat(runCase(FILE, "wrong tier").failures()).containsExactly("tier: expected high, got medium");
    }

    @Test
    void aWrongAttestationStatusNamesBothStatuses() {
        assertThat(runCase(FILE, "wrong attestation status").failures())
                .containsExactly("attestation legal-review: expected MISSING, got ANSWERED");
    }

    @Test
    void anAttestationThatDoesNotApplySaysSo() {
        assertThat(runCase(FILE, "attestation that does not apply").failures())
                .containsExactly("attestation legal-review: expected ANSWERED, but it does not apply to this design");
    }

    @Test
    void anUnknownRuleSuggestsTheClosestOne() {
        assertThat(runCase(FILE, "unknown rule").failures())
                .containsExactly("at-rst: no such rule (did you mean 'at-rest'?)");
    }

    @Test
    void aMissingDesignFileIsNamed() {
        assertThat(runCase(FILE, "missing design file").failures())
                .containsExactly("the design file ../examples/nowhere.yaml is not in the library");
    }

    @Test
    void aResultKnowsWhereItsCaseIsWritten() {
        CaseResult result = runCase(FILE, "wrong outcome");

        assertThat(result.location()).endsWith("/privacy/" + FILE + ":13:7");
        assertThat(result.test()).isEqualTo("mismatches");
    }

    @Test
    void theSummaryCountsPassedAndFailedCases() {
        assertThat(RunnerFixtures.run(FILE).summary()).isEqualTo("1 passed, 7 failed");
    }
}
