package dev.tenet.engine.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy's own test evaluates that policy, plus the policies its expectations name as
 * {@code policy/rule}; a test without {@code spec.policy} evaluates the whole library.
 */
class TestScopeTest {

    @Test
    void aPolicysTestIgnoresThePoliciesItDoesNotName() {
        // the design breaks privacy.encrypt (hard) and fairness.subgroups (soft) too
        CaseResult result = RunnerFixtures.run("own-policy_test.yaml").cases().get(0);

        assertThat(result.passed()).as(result.failures().toString()).isTrue();
    }

    @Test
    void aPolicyNamedAsPolicySlashRuleIsEvaluatedToo() {
        CaseResult result = RunnerFixtures.run("named-policy_test.yaml").cases().get(0);

        assertThat(result.failures()).containsExactly("decision: expected PASS_WITH_ADVICE, got BLOCKED;"
                + " failing: privacy.encrypt/at-rest (hard-mandatory), transparency.cite/sources-cited (advisory)");
    }

    @Test
    void aLibraryWideTestEvaluatesEveryPolicy() {
        CaseResult result = RunnerFixtures.run("library-wide_test.yaml").cases().get(0);

        assertThat(result.failures()).singleElement().asString()
                .startsWith("decision: expected PASS_WITH_ADVICE, got BLOCKED; failing: ")
                .contains("fairness.subgroups/subgroup-evaluation (soft-mandatory)", "privacy.encrypt/at-rest (hard-mandatory)");
    }
}
