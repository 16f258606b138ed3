package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import org.junit.jupiter.api.Test;

import static dev.tenet.model.schema.Documents.DESIGN_HEAD;
import static dev.tenet.model.schema.Documents.POLICY_HEAD;
import static dev.tenet.model.schema.Documents.report;
import static org.assertj.core.api.Assertions.assertThat;

class ValueProblemsTest {

    private static final String GOVERNANCE_HEAD = """
            apiVersion: tenet.dev/v1
            kind: Governance
            metadata: {name: default}
            spec:
              riskTiers: [{tier: low, when: "true"}]
            """;

    private static final String WAIVERS_HEAD = """
            apiVersion: tenet.dev/v1
            kind: Waivers
            metadata: {name: claims-triage}
            spec:
              waivers:
                - policy: transparency.disclose-ai
                  rule: banner
                  justification: Ships next release.
            """;

    @Test
    void aStringWhereABooleanBelongsIsReportedAtTheValue() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data:
                    personal: yes
                """)).containsExactly("test.yaml:9:15: expected a boolean, found a string ('yes')");
    }

    @Test
    void aFractionWhereAnIntegerBelongsIsAWrongType() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data:
                    retentionDays: 36.5
                """)).containsExactly("test.yaml:9:20: expected an integer, found a number ('36.5')");
    }

    @Test
    void aMappingWhereAStringBelongsIsAWrongType() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("description: Routes claims.", "description: {text: x}")))
                .containsExactly("test.yaml:5:16: expected a string, found a mapping");
    }

    @Test
    void aListWhereAMappingBelongsIsAWrongType() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  security: [rbac]
                """)).containsExactly("test.yaml:8:13: expected a mapping, found a list");
    }

    @Test
    void aValueOutsideAnEnumListsTheChoices() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: urgent
                """)).containsExactly("test.yaml:11:13: 'urgent' is not one of: low, medium, high, critical");
    }

    @Test
    void aMisspeltEnumValueSuggestsTheCloseChoice() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: hgih
                """)).containsExactly(
                "test.yaml:11:13: 'hgih' is not one of: low, medium, high, critical (did you mean 'high'?)");
    }

    @Test
    void aBadItemOfAnEnumListIsReportedAtTheItem() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("[text-classification]", "[text-classification, generatve]")))
                .containsExactly("test.yaml:6:39: 'generatve' is not one of: text-classification, entity-extraction,"
                        + " personalization, generative, other (did you mean 'generative'?)");
    }

    @Test
    void anExpectedOutcomeInTheWrongCaseSuggestsTheRightOne() {
        assertThat(report(Kind.POLICY_TEST, """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: t}
                spec:
                  cases:
                    - {name: c, design: d.yaml, expect: {at-rest: fail}}
                """)).containsExactly("test.yaml:6:51: 'fail' is not one of: PASS, FAIL, NOT_APPLICABLE, WAIVED, ERROR"
                + " (did you mean 'FAIL'?)");
    }

    @Test
    void theApiVersionMustBeTheOneThisReleaseReads() {
        assertThat(report(Kind.POLICY, POLICY_HEAD.replace("tenet.dev/v1", "tenet.dev/v2") + """
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:1:13: apiVersion must be 'tenet.dev/v1', found 'tenet.dev/v2'");
    }

    @Test
    void theKindMustBeTheValidatorsKind() {
        assertThat(report(Kind.POLICY, POLICY_HEAD.replace("kind: Policy", "kind: Polcy") + """
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:2:7: kind must be 'Policy', found 'Polcy'");
    }

    @Test
    void aPolicyIdIsDescribedInWordsWhenItDoesNotMatch() {
        assertThat(report(Kind.POLICY, POLICY_HEAD.replace("id: privacy.encrypt-personal-data", "id: Privacy.Encrypt") + """
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:4:7: 'Privacy.Encrypt' does not match the id format: lowercase, dotted,"
                + " like 'privacy.encrypt-personal-data'");
    }

    @Test
    void aRuleIdInAListIsCheckedAgainstTheRuleIdFormat() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: low
                  rules:
                    - {id: At_Rest, require: "true", message: m, remediation: r}
                """)).containsExactly("test.yaml:13:12: 'At_Rest' does not match the rule id format: lowercase letters,"
                + " digits and hyphens, starting with a letter, like 'at-rest'");
    }

    @Test
    void aDesignNameMustBeASlug() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("name: claims-triage", "name: Claims")))
                .containsExactly("test.yaml:3:18: 'Claims' does not match the name format: lowercase letters, digits"
                        + " and hyphens, at most 64, starting and ending with a letter or digit, like 'claims-triage'");
    }

    @Test
    void aRoleMustBeUppercase() {
        assertThat(report(Kind.GOVERNANCE, GOVERNANCE_HEAD + """
                  stages: [{id: board, role: Board, quorum: {high: 2}}]
                """)).containsExactly("test.yaml:6:30: 'Board' does not match the role format: uppercase letters"
                + " and underscores, like 'RESEARCH'");
    }

    @Test
    void anExpiryThatIsNotARealDateIsRefused() {
        assertThat(report(Kind.WAIVERS, WAIVERS_HEAD + """
                      expires: 2025-02-30
                """)).containsExactly("test.yaml:9:16: spec.waivers[0].expires must be a date written YYYY-MM-DD,"
                + " like '2025-12-31', found '2025-02-30'");
    }

    @Test
    void anExpiryInWordsIsRefused() {
        assertThat(report(Kind.WAIVERS, WAIVERS_HEAD + """
                      expires: next friday
                """)).containsExactly("test.yaml:9:16: spec.waivers[0].expires must be a date written YYYY-MM-DD,"
                + " like '2025-12-31', found 'next friday'");
    }

    @Test
    void aNegativeRetentionIsBelowTheMinimum() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data: {retentionDays: -1}
                """)).containsExactly("test.yaml:8:25: spec.data.retentionDays must be at least 0, found -1");
    }

    @Test
    void aConfidenceThresholdAboveOneIsAboveTheMaximum() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  evaluation:
                    confidenceThreshold: 1.5
                """)).containsExactly("test.yaml:9:26: spec.evaluation.confidenceThreshold must be at most 1, found 1.5");
    }

    @Test
    void aDesignNeedsAtLeastOneCapability() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("[text-classification]", "[]")))
                .containsExactly("test.yaml:6:17: spec.capabilities must have at least 1 item");
    }

    @Test
    void aRepeatedCapabilityIsReportedAtItsSecondMention() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("[text-classification]", "[generative, other, generative]")))
                .containsExactly("test.yaml:6:37: spec.capabilities lists 'generative' more than once");
    }

    @Test
    void anEmptyTitleIsRefused() {
        assertThat(report(Kind.POLICY, POLICY_HEAD.replace("title: Encrypt personal data", "title: \"\"") + """
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:5:10: metadata.title must not be empty");
    }

    @Test
    void aQuorumMustNameAtLeastOneTier() {
        assertThat(report(Kind.GOVERNANCE, GOVERNANCE_HEAD + """
                  stages: [{id: board, role: BOARD, quorum: {}}]
                """)).containsExactly("test.yaml:6:45: spec.stages[0].quorum must have at least 1 key");
    }

    @Test
    void anSlaOfZeroDaysIsBelowTheMinimum() {
        assertThat(report(Kind.GOVERNANCE, GOVERNANCE_HEAD + """
                  stages: [{id: board, role: BOARD, quorum: {high: 2}}]
                  slaDays: {board: 0}
                """)).containsExactly("test.yaml:7:20: spec.slaDays.board must be at least 1, found 0");
    }

    @Test
    void aPolicyTestNeedsAtLeastOneCase() {
        assertThat(report(Kind.POLICY_TEST, """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: t}
                spec: {policy: a.b, cases: []}
                """)).containsExactly("test.yaml:4:28: spec.cases must have at least 1 item");
    }

    @Test
    void anEmptyValueWhereAStringBelongsIsReportedAsNull() {
        assertThat(report(Kind.POLICY, POLICY_HEAD.replace("title: Encrypt personal data", "title:") + """
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:5:9: expected a string, found null");
    }

    @Test
    void notANumberIsNamedAsSuchNotAsTheWrongType() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  evaluation: {confidenceThreshold: .nan}
                """)).containsExactly("test.yaml:8:37: expected a number, found '.nan', which is not a finite number");
    }

    @Test
    void anEmptyEnumValueListsTheChoices() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data: {consent: }
                """)).containsExactly("test.yaml:8:18: expected one of: none, implied, explicit, found null");
    }

    @Test
    void aNumberWhereAWordBelongsIsShownAsWritten() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD.replace("decisionImpact: high", "decisionImpact: 3")))
                .containsExactly("test.yaml:7:19: 3 is not one of: low, medium, high");
    }
}
