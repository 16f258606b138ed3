package dev.tenet.engine.diff;

import dev.tenet.model.Policy;
import dev.tenet.model.read.DocumentReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a change of a policy, and what does not. */
class PolicyChangeTest {

    private static final String POLICY = """
            apiVersion: tenet.dev/v1
            kind: Policy
            metadata:
              id: privacy.encrypt-personal-data
              title: Encrypt personal data
              version: 1.0.0
              owner: policy-team
              principle: privacy-security
            spec:
              enforcement: hard-mandatory
              severity: high
              rules:
                - id: at-rest
                  require: design.data.encryption.atRest && design.data.consent != 'none'
                  message: Personal data is not encrypted at rest.
                  remediation: Encrypt every store that holds personal data.
                - id: in-transit
                  require: design.data.encryption.inTransit
                  message: Personal data is not encrypted in transit.
                  remediation: Use TLS for every connection that carries personal data.
            """;

    @Test
    void anExpressionMovedToABlockScalarIsNotAChange() {
        Policy after = edit("require: design.data.encryption.atRest && design.data.consent != 'none'",
                "require: |\n        design.data.encryption.atRest\n          && design.data.consent != 'none'");

        assertThat(PolicyChange.between(read(POLICY), after).isEmpty()).isTrue();
    }

    @Test
    void whitespaceInsideAStringLiteralIsAChange() {
        Policy after = edit("!= 'none'", "!= 'none '");

        assertThat(PolicyChange.between(read(POLICY), after).contentChanged()).isTrue();
    }

    @Test
    void rewrappedProseIsNotAChange() {
        Policy after = edit("message: Personal data is not encrypted at rest.",
                "message: >-\n        Personal data is not\n        encrypted at rest.");

        assertThat(PolicyChange.between(read(POLICY), after).isEmpty()).isTrue();
    }

    @Test
    void rulesInAnotherOrderAreNotAChange() {
        String swapped = POLICY.substring(0, POLICY.indexOf("    - id: at-rest"))
                + POLICY.substring(POLICY.indexOf("    - id: in-transit"))
                + POLICY.substring(POLICY.indexOf("    - id: at-rest"), POLICY.indexOf("    - id: in-transit"));

        assertThat(PolicyChange.between(read(POLICY), read(swapped)).isEmpty()).isTrue();
    }

    @Test
    void aPolicySeverityThatRulesInheritIsReportedOnceOnThePolicy() {
        PolicyChange change = PolicyChange.between(read(POLICY), edit("  severity: high", "  severity: critical"));

        assertThat(change.metadata()).containsExactly(new FieldChange("severity", "high", "critical"));
        assertThat(change.rules()).isEmpty();
    }

    @Test
    void aNewVersionAloneIsAChangeWithoutContent() {
        PolicyChange change = PolicyChange.between(read(POLICY), edit("version: 1.0.0", "version: 1.0.1"));

        assertThat(change.isEmpty()).isFalse();
        assertThat(change.contentChanged()).isFalse();
        assertThat(change.versionIncreased()).isTrue();
    }

    @Test
    void aPreReleaseIsNotGreaterThanItsRelease() {
        Policy before = edit("version: 1.0.0", "version: 1.1.0");
        Policy after = edit("version: 1.0.0", "version: 1.1.0-rc.1");

        assertThat(PolicyChange.between(before, after).versionIncreased()).isFalse();
    }

    private static Policy edit(String from, String to) {
        assertThat(POLICY).contains(from);
        return read(POLICY.replace(from, to));
    }

    private static Policy read(String text) {
        return new DocumentReader().read("privacy-security/encrypt-personal-data.yaml",
                text.getBytes(StandardCharsets.UTF_8), Policy.class).value();
    }
}
