package dev.tenet.model.read;

import dev.tenet.model.Document;
import dev.tenet.model.Policy;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the schema cannot check, checked after it, each problem at its exact position. */
class IdentityChecksTest {

    private final DocumentReader reader = new DocumentReader();

    private List<String> problems(String file, String yaml) {
        ReadResult<Document> result = reader.read(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.isSuccess()).as("should fail: %s", result.problems()).isFalse();
        return result.problems().stream().map(Problem::toString).toList();
    }

    private static String policy(String id, String rules) {
        return """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: %s
                  title: T
                  version: 1.0.0
                  owner: o
                  principle: fairness
                spec:
                  enforcement: advisory
                  severity: low
                %s""".formatted(id, rules);
    }

    private static final String ONE_RULE = """
              rules:
                - id: r
                  require: "true"
                  message: m
                  remediation: x
            """;

    @Test
    void policyIdMustEndWithTheFileName() {
        assertThat(problems("policies/fairness/other.yaml", policy("fairness.subgroups", ONE_RULE)))
                .containsExactly("policies/fairness/other.yaml:4:7: policy id 'fairness.subgroups' must end with the file name"
                        + " 'other': rename the file to subgroups.yaml or the id to fairness.other");
    }

    @Test
    void policyIdMatchingTheFileNameReads() {
        ReadResult<Policy> result = reader.read("policies/fairness/subgroups.yaml",
                policy("fairness.subgroups", ONE_RULE).getBytes(StandardCharsets.UTF_8), Policy.class);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void fileNameIsNotCheckedForInputWithoutAFileName() {
        ReadResult<Document> result = reader.read("<stdin>", policy("fairness.subgroups", ONE_RULE).getBytes(StandardCharsets.UTF_8));
        assertThat(result.isSuccess()).isTrue();
    }

    @Test
    void ruleIdsMustBeUniqueWithinAPolicy() {
        String rules = """
                  rules:
                    - id: r
                      require: "true"
                      message: m
                      remediation: x
                    - id: r
                      require: "false"
                      message: m
                      remediation: x
                """;
        assertThat(problems("p.yaml", policy("fairness.p", rules)))
                .containsExactly("p.yaml:17:7: duplicate rule id 'r' (first used at line 13): rule ids must be unique");
    }

    @Test
    void attestationIdsMustBeUniqueWithinAPolicy() {
        String attestations = """
                  attestations:
                    - {id: a, stage: policy, question: Is it done}
                    - {id: a, stage: research, question: Is it done too}
                """;
        assertThat(problems("p.yaml", policy("fairness.p", attestations)))
                .containsExactly("p.yaml:14:7: duplicate attestation id 'a' (first used at line 13): attestation ids must be unique");
    }

    @Test
    void aPolicyNeedsARuleOrAnAttestation() {
        assertThat(problems("p.yaml", policy("fairness.p", "  rules: []\n")))
                .containsExactly("p.yaml:10:3: a policy needs at least one rule or attestation under spec");
    }

    @Test
    void versionMustBeSemantic() {
        String yaml = policy("fairness.p", ONE_RULE).replace("version: 1.0.0", "version: \"1.0\"");
        assertThat(problems("p.yaml", yaml)).singleElement().asString().startsWith("p.yaml:6:12: ");
    }

    @Test
    void missingKindIsReportedWithTheKindsTenetReads() {
        assertThat(problems("x.yaml", "apiVersion: tenet.dev/v1\nmetadata: {}\nspec: {}\n"))
                .containsExactly("x.yaml:1:1: missing required key 'kind': say which document this is, one of Policy,"
                        + " WorkloadDesign, PolicyTest, Governance, Waivers");
    }

    @Test
    void misspeltKindGetsADidYouMean() {
        assertThat(problems("x.yaml", "apiVersion: tenet.dev/v1\nkind: Polcy\nmetadata: {}\nspec: {}\n"))
                .containsExactly("x.yaml:2:7: unknown kind 'Polcy' (did you mean 'Policy'?); Tenet reads Policy,"
                        + " WorkloadDesign, PolicyTest, Governance, Waivers");
    }

    @Test
    void aDocumentOfTheWrongKindIsRefusedWhereAKindIsExpected() {
        String design = "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata: {name: a, team: b}\n"
                + "spec: {description: d, capabilities: [other], decisionImpact: low}\n";
        ReadResult<Policy> result = reader.read("d.yaml", design.getBytes(StandardCharsets.UTF_8), Policy.class);
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("d.yaml:2:7: expected a Policy document here, found kind WorkloadDesign");
    }

    private static String test(String policyLine, String cases) {
        return """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: t}
                spec:
                %s  cases:
                %s""".formatted(policyLine, cases);
    }

    @Test
    void aCaseNeedsADesignOrAnInlineSpecButNotBoth() {
        String cases = """
                    - {name: both, design: a.yaml, inline: {description: d}, expect: {r: PASS}}
                    - {name: neither, expect: {r: PASS}}
                """;
        assertThat(problems("t_test.yaml", test("  policy: fairness.p\n", cases))).containsExactly(
                "t_test.yaml:7:7: case 'both' needs exactly one of 'design' (a file) or 'inline' (a spec), not both",
                "t_test.yaml:8:7: case 'neither' needs exactly one of 'design' (a file) or 'inline' (a spec)");
    }

    @Test
    void aCaseMustCheckSomething() {
        assertThat(problems("t_test.yaml", test("  policy: fairness.p\n", "    - {name: idle, design: a.yaml}\n")))
                .containsExactly("t_test.yaml:7:7: case 'idle' checks nothing: add expect, decision, tier or attestations");
    }

    @Test
    void aLibraryWideTestNamesRulesWithTheirPolicy() {
        assertThat(problems("t_test.yaml", test("", "    - name: bare\n      design: a.yaml\n      expect: {r: PASS}\n")))
                .containsExactly("t_test.yaml:8:15: case 'bare': the test names no policy, so write rule 'r' as"
                        + " policy-id/r, or set spec.policy");
    }

    @Test
    void caseNamesAreUnique() {
        String cases = """
                    - {name: same, design: a.yaml, decision: PASS}
                    - {name: same, design: b.yaml, decision: PASS}
                """;
        assertThat(problems("t_test.yaml", test("", cases)))
                .containsExactly("t_test.yaml:7:7: duplicate case id 'same' (first used at line 6): case ids must be unique");
    }

    private static String governance(String stages, String sla) {
        return """
                apiVersion: tenet.dev/v1
                kind: Governance
                metadata: {name: g}
                spec:
                  riskTiers:
                    - {tier: low, when: "true"}
                  stages:
                %s  slaDays: %s
                """.formatted(stages, sla);
    }

    @Test
    void stageIdsAreUnique() {
        String stages = """
                    - {id: research, role: RESEARCH, quorum: {low: 1}}
                    - {id: research, role: POLICY, quorum: {low: 1}}
                """;
        assertThat(problems("g.yaml", governance(stages, "{}"))).containsExactly(
                "g.yaml:9:7: duplicate stage id 'research' (first used at line 8): stage ids must be unique");
    }

    @Test
    void everyTierOfAStageNeedsAQuorum() {
        String stages = "    - {id: board, role: BOARD, quorum: {high: 2}, tiers: [medium, high]}\n";
        assertThat(problems("g.yaml", governance(stages, "{}"))).containsExactly(
                "g.yaml:8:40: stage 'board' applies to tier 'medium' but its quorum has no value for it: add medium: 1 (or more)");
    }

    @Test
    void slaNamesOnlyExistingStages() {
        String stages = "    - {id: research, role: RESEARCH, quorum: {low: 1}}\n";
        assertThat(problems("g.yaml", governance(stages, "{reserch: 5}"))).containsExactly(
                "g.yaml:9:13: slaDays names stage 'reserch', which is not one of the stages [research] (did you mean 'research'?)");
    }
}
