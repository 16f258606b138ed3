package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import dev.tenet.model.Problem;
import dev.tenet.model.tree.TreeNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static dev.tenet.model.schema.Documents.DESIGN_HEAD;
import static dev.tenet.model.schema.Documents.parse;
import static dev.tenet.model.schema.Documents.report;
import static dev.tenet.model.schema.Documents.resource;
import static dev.tenet.model.schema.Documents.validate;
import static org.assertj.core.api.Assertions.assertThat;

class ProblemReportTest {

    @Test
    void everyProblemInAFileIsReportedTogetherSortedByPosition() {
        assertThat(report(Kind.POLICY, resource("many-problems-policy.yaml"))).containsExactly(
                "test.yaml:1:13: apiVersion must be 'tenet.dev/v1', found 'tenet.dev/v2'",
                "test.yaml:4:3: missing required key 'title' in metadata",
                "test.yaml:4:7: 'Privacy.Encrypt' does not match the id format: lowercase, dotted,"
                        + " like 'privacy.encrypt-personal-data'",
                "test.yaml:5:12: '1.0' does not match the version format: MAJOR.MINOR.PATCH, like '1.0.0'",
                "test.yaml:7:14: 'privcy' is not one of: fairness, reliability-safety, privacy-security,"
                        + " inclusiveness, transparency, accountability",
                "test.yaml:10:13: 'urgent' is not one of: low, medium, high, critical",
                "test.yaml:20:7: unknown key 'severty' (did you mean 'severity'?)",
                "test.yaml:25:17: 'yes' is not one of: required, optional, none");
    }

    @Test
    void problemsAreErrorsNamingTheFileTheCallerGave() {
        TreeNode tree = parse(resource("many-problems-policy.yaml"));
        List<Problem> problems = SchemaValidator.forKind(Kind.POLICY).validate("policies/privacy/encrypt.yaml", tree);
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("policies/privacy/encrypt.yaml");
            assertThat(problem.isError()).isTrue();
        });
    }

    @Test
    void messagesSpeakOfTheDocumentNotOfJavaOrJsonPointers() {
        List<Problem> problems = validate(Kind.WORKLOAD_DESIGN, """
                apiVersion: tenet.dev/v1
                kind: WorkloadDesign
                metadata: {name: Claims_Triage, team: claims, extra: 1}
                spec:
                  capabilities: [generative, generative, telepathy]
                  decisionImpact: severe
                  data: {personal: yes, retentionDays: -3, encryption: {atRest: 1}}
                  evaluation: {confidenceThreshold: 7}
                  attestations: {Legal: {evidence: 5}}
                  security: []
                """);
        assertThat(problems).hasSizeGreaterThanOrEqualTo(10).allSatisfy(problem -> assertThat(problem.message())
                .doesNotContain("/spec", "/metadata", "#/", "$defs", "$ref", "java.", "com.", "tools.jackson",
                        "Node", "regex", "schema", "{", "}"));
    }

    @Test
    void oneCauseAtOneNodeIsReportedOnce() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data: {personal: yes}
                """)).containsExactly("test.yaml:8:20: expected a boolean, found a string ('yes')");
    }

    @Test
    void validatorsAreSharedAndGiveTheSameAnswerOnEveryThread() {
        TreeNode tree = parse(resource("many-problems-policy.yaml"));
        SchemaValidator validator = SchemaValidator.forKind(Kind.POLICY);
        List<Problem> expected = validator.validate("x.yaml", tree);
        assertThat(SchemaValidator.forKind(Kind.POLICY)).isSameAs(validator);
        assertThat(IntStream.range(0, 500).parallel().mapToObj(i -> validator.validate("x.yaml", tree)))
                .allSatisfy(problems -> assertThat(problems).isEqualTo(expected));
    }

    @Test
    void aTypicalPolicyValidatesInWellUnderAMillisecondOnceWarm() {
        TreeNode tree = parse(resource("valid-policy.yaml"));
        SchemaValidator validator = SchemaValidator.forKind(Kind.POLICY);
        for (int i = 0; i < 5_000; i++) {
            assertThat(validator.validate("p.yaml", tree)).isEmpty();
        }
        int runs = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            validator.validate("p.yaml", tree);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        assertThat(micros).as("microseconds per validation").isLessThan(1_000.0);
    }
}
