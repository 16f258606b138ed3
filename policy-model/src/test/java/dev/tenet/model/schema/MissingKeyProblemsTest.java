package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import org.junit.jupiter.api.Test;

import static dev.tenet.model.schema.Documents.POLICY_HEAD;
import static dev.tenet.model.schema.Documents.report;
import static org.assertj.core.api.Assertions.assertThat;

class MissingKeyProblemsTest {

    @Test
    void aMissingKeyIsReportedAtTheMappingThatShouldHoldIt() {
        assertThat(report(Kind.POLICY, """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: privacy.encrypt-personal-data
                  version: 1.0.0
                  owner: policy-team
                  principle: privacy-security
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:4:3: missing required key 'title' in metadata");
    }

    @Test
    void aMissingKeyInAListItemNamesTheItemByIndex() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: low
                  rules:
                    - id: at-rest
                      require: design.data.encryption.atRest
                      message: Personal data is not encrypted at rest.
                """)).containsExactly("test.yaml:13:7: missing required key 'remediation' in spec.rules[0]");
    }

    @Test
    void aMissingTopLevelKeyIsReportedAtTheStartOfTheDocument() {
        assertThat(report(Kind.POLICY, POLICY_HEAD))
                .containsExactly("test.yaml:1:1: missing required key 'spec' in the document");
    }

    @Test
    void everyMissingKeyOfAMappingIsReported() {
        assertThat(report(Kind.GOVERNANCE, """
                apiVersion: tenet.dev/v1
                kind: Governance
                metadata: {name: default}
                spec:
                  riskTiers: [{tier: low, when: "true"}]
                  stages:
                    - id: research
                """)).containsExactly(
                "test.yaml:7:7: missing required key 'quorum' in spec.stages[0]",
                "test.yaml:7:7: missing required key 'role' in spec.stages[0]");
    }

    @Test
    void aWaiverInATestCaseNeedsAnExpiryDate() {
        assertThat(report(Kind.POLICY_TEST, """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: waived}
                spec:
                  cases:
                    - name: waived
                      design: claims.yaml
                      waivers: [{policy: a.b, rule: r, justification: later}]
                      expect: {r: WAIVED}
                """)).containsExactly("test.yaml:8:17: missing required key 'expires' in spec.cases[0].waivers[0]");
    }
}
