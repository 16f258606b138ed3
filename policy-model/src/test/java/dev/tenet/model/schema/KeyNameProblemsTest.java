package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import org.junit.jupiter.api.Test;

import static dev.tenet.model.schema.Documents.DESIGN_HEAD;
import static dev.tenet.model.schema.Documents.report;
import static org.assertj.core.api.Assertions.assertThat;

/** Mappings whose keys are ids (attestation answers, expectations, SLAs) check each key's format. */
class KeyNameProblemsTest {

    @Test
    void anAttestationAnswerUnderABadIdIsReportedAtTheKey() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  attestations:
                    Legal_Review: {answer: true}
                """)).containsExactly("test.yaml:9:5: key 'Legal_Review' in spec.attestations does not match the"
                + " attestation id format: lowercase letters, digits and hyphens, starting with a letter, like 'legal-review'");
    }

    @Test
    void anExpectationMayNameARuleOrAPolicyAndRule() {
        assertThat(report(Kind.POLICY_TEST, """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: t}
                spec:
                  cases:
                    - name: c
                      design: d.yaml
                      expect:
                        at-rest: PASS
                        privacy.encrypt-personal-data/in-transit: PASS
                        Privacy/At-Rest: FAIL
                """)).containsExactly("test.yaml:11:9: key 'Privacy/At-Rest' in spec.cases[0].expect does not match the"
                + " rule format: a rule id like 'at-rest', or policy/rule like 'privacy.encrypt-personal-data/at-rest'");
    }

    @Test
    void anSlaForABadStageIdIsReportedAtTheKey() {
        assertThat(report(Kind.GOVERNANCE, """
                apiVersion: tenet.dev/v1
                kind: Governance
                metadata: {name: default}
                spec:
                  riskTiers: [{tier: low, when: "true"}]
                  stages: [{id: board, role: BOARD, quorum: {high: 2}}]
                  slaDays: {Board: 3}
                """)).containsExactly("test.yaml:7:13: key 'Board' in spec.slaDays does not match the stage id format:"
                + " lowercase letters, digits and hyphens, starting with a letter, like 'research'");
    }

    @Test
    void anAnswerValueUnderAKeyIsNamedByThatKey() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  attestations:
                    legal-review: {answer: "yes"}
                """)).containsExactly("test.yaml:9:28: expected a boolean, found a string ('yes')");
    }
}
