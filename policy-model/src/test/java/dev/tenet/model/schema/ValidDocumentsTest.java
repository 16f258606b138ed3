package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static dev.tenet.model.schema.Documents.DESIGN_HEAD;
import static dev.tenet.model.schema.Documents.POLICY_HEAD;
import static dev.tenet.model.schema.Documents.resource;
import static dev.tenet.model.schema.Documents.validate;
import static org.assertj.core.api.Assertions.assertThat;

class ValidDocumentsTest {

    @ParameterizedTest(name = "{1} passes its schema")
    @CsvSource({
            "POLICY, valid-policy.yaml",
            "WORKLOAD_DESIGN, valid-workload-design.yaml",
            "POLICY_TEST, valid-policy-test.yaml",
            "GOVERNANCE, valid-governance.yaml",
            "WAIVERS, valid-waivers.yaml"})
    void aCompleteValidDocumentOfEachKindHasNoProblems(Kind kind, String file) {
        assertThat(validate(kind, resource(file))).isEmpty();
    }

    @Test
    void aPolicyWithOnlyTheRequiredKeysIsValid() {
        assertThat(validate(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: low
                """)).isEmpty();
    }

    @Test
    void extensionsAcceptAnythingAnOrganisationWrites() {
        assertThat(validate(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  extensions:
                    costCentre: 4711
                    Reviewers: [ann, bob]
                    nested: {deeply: {any: [1, two, {three: null}]}}
                """)).isEmpty();
    }

    @Test
    void anIntegerIsAcceptedWhereANumberIsExpected() {
        assertThat(validate(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  evaluation: {confidenceThreshold: 1}
                """)).isEmpty();
    }

    @Test
    void inlinePatchAndMetaOfATestCaseAreFreeForm() {
        assertThat(validate(Kind.POLICY_TEST, """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: free-form}
                spec:
                  cases:
                    - name: anything goes in inline, patch and meta
                      inline: {whatever: {the: design}}
                      patch: {data: null, unknownToTheSchema: 1}
                      meta: {name: x, team: y, custom: true}
                      expect: {some-rule: PASS}
                """)).isEmpty();
    }

    @Test
    void aStageMayNeedSignOffForOnlySomeTiers() {
        assertThat(validate(Kind.GOVERNANCE, """
                apiVersion: tenet.dev/v1
                kind: Governance
                metadata: {name: default}
                spec:
                  riskTiers: [{tier: low, when: "true"}]
                  stages: [{id: board, role: BOARD, quorum: {high: 2}, tiers: [high]}]
                """)).isEmpty();
    }

    @Test
    void aSemanticVersionMayCarryPreReleaseAndBuildParts() {
        assertThat(validate(Kind.POLICY, POLICY_HEAD.replace("1.0.0", "2.1.0-rc.1+build.5") + """
                spec: {enforcement: advisory, severity: low}
                """)).isEmpty();
    }
}
