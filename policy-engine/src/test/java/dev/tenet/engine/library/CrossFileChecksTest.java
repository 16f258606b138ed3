package dev.tenet.engine.library;

import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.tenet.engine.library.LibraryFixtures.ATTESTATION_ID_AT;
import static dev.tenet.engine.library.LibraryFixtures.ATTESTATION_STAGE_AT;
import static dev.tenet.engine.library.LibraryFixtures.GOVERNANCE;
import static dev.tenet.engine.library.LibraryFixtures.POLICY_ID_AT;
import static dev.tenet.engine.library.LibraryFixtures.POLICY_KIND_AT;
import static dev.tenet.engine.library.LibraryFixtures.TEST_DESIGN_AT;
import static dev.tenet.engine.library.LibraryFixtures.TEST_POLICY_AT;
import static dev.tenet.engine.library.LibraryFixtures.design;
import static dev.tenet.engine.library.LibraryFixtures.policy;
import static dev.tenet.engine.library.LibraryFixtures.policyTest;
import static dev.tenet.engine.library.LibraryFixtures.printed;
import static org.assertj.core.api.Assertions.assertThat;

/** Checks across files, each at the exact position of the value to fix. Files are under {@code policies/}. */
class CrossFileChecksTest {

    @TempDir
    Path dir;

    @BeforeEach
    void library() {
        write("governance.yaml", GOVERNANCE);
        write("a/first.yaml", policy("a.first", "legal-review", "policy"));
        write("examples/claims.yaml", design("claims"));
    }

    @Test
    void theFixtureLibraryLoads() {
        assertThat(load().isSuccess()).isTrue();
    }

    @Test
    void aDuplicatePolicyIdIsReportedAtTheSecondFileNamingTheFirst() {
        write("b/first.yaml", policy("a.first"));

        assertThat(problems()).containsExactly("policies/b/first.yaml:" + POLICY_ID_AT + ": duplicate policy id 'a.first':"
                + " policies/a/first.yaml:" + POLICY_ID_AT + " already defines it; policy ids must be unique across the library");
    }

    @Test
    void anAttestationIdUsedByTwoPoliciesIsReportedAtTheSecond() {
        write("b/second.yaml", policy("b.second", "legal-review", "research"));

        assertThat(problems()).containsExactly("policies/b/second.yaml:" + ATTESTATION_ID_AT + ": duplicate attestation"
                + " id 'legal-review': policy a.first (policies/a/first.yaml) already asks it; a design answers"
                + " attestations by id, so ids must be unique across the library");
    }

    @Test
    void anAttestationStageMustBeAStageOfTheGovernanceDocument() {
        write("a/first.yaml", policy("a.first", "legal-review", "polcy"));

        assertThat(problems()).containsExactly("policies/a/first.yaml:" + ATTESTATION_STAGE_AT + ": unknown stage 'polcy'"
                + " (did you mean 'policy'?): the Governance document policies/governance.yaml defines research,"
                + " policy, engineering, board");
    }

    @Test
    void aLibraryWithoutGovernanceIsReportedAtTheFolder() {
        delete("governance.yaml");

        assertThat(problems()).containsExactly("policies:1:1: no Governance document (kind: Governance) under"
                + " policies/: add policies/governance.yaml");
    }

    @Test
    void aBrokenGovernanceFileIsReportedItselfWithoutClaimingTheDocumentIsMissing() {
        write("governance.yaml", GOVERNANCE.replace("stages:", "stagez:"));

        assertThat(problems()).isNotEmpty()
                .allMatch(problem -> problem.startsWith("policies/governance.yaml:"))
                .noneMatch(problem -> problem.contains("no Governance document"));
    }

    @Test
    void aSecondGovernanceDocumentIsReportedAtItsKind() {
        write("zz/other-governance.yaml", GOVERNANCE);

        assertThat(problems()).containsExactly("policies/zz/other-governance.yaml:" + POLICY_KIND_AT + ": a second"
                + " Governance document: policies/governance.yaml already defines the review workflow; keep one"
                + " Governance document per library");
    }

    @Test
    void aTestOfAnUnknownPolicySuggestsTheClosestId() {
        write("a/first_test.yaml", policyTest("first", "a.frist", "../examples/claims.yaml", "at-rest"));

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:" + TEST_POLICY_AT + ": unknown policy"
                + " 'a.frist' (did you mean 'a.first'?): spec.policy names the policy under test by its metadata.id");
    }

    @Test
    void aTestOfAPolicyWhoseFileIsBrokenReportsOnlyTheBrokenFile() {
        write("a/first.yaml", policy("a.first").replace("severity: high", "severity: extreme"));
        write("a/first_test.yaml", policyTest("first", "a.first", "../examples/claims.yaml", "at-rest"));

        assertThat(problems()).isNotEmpty().allMatch(problem -> problem.startsWith("policies/a/first.yaml:"));
    }

    @Test
    void aMissingDesignFileIsReportedAtTheCaseWithTheClosestFile() {
        write("a/first_test.yaml", policyTest("first", "a.first", "../examples/claim.yaml", "at-rest"));

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:" + TEST_DESIGN_AT + ": design file"
                + " '../examples/claim.yaml' does not exist: no policies/examples/claim.yaml in the library"
                + " (did you mean '../examples/claims.yaml'?)");
    }

    @Test
    void aDesignFileOutsideTheLibraryFolderIsRefused() {
        LibraryFixtures.write(dir, "outside.yaml", design("outside"));
        write("a/first_test.yaml", policyTest("first", "a.first", "../../outside.yaml", "at-rest"));

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:" + TEST_DESIGN_AT + ": design file"
                + " '../../outside.yaml' is outside policies/: a test reads designs from its own library, so that"
                + " every revision's tests read that revision's designs");
    }

    @Test
    void aDesignFileThatIsAnotherKindOfDocumentIsRefused() {
        write("a/first_test.yaml", policyTest("first", "a.first", "../governance.yaml", "at-rest"));

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:" + TEST_DESIGN_AT + ": design file"
                + " '../governance.yaml' is a Governance document, not a WorkloadDesign");
    }

    @Test
    void aBrokenDesignFileIsReportedItselfWithoutClaimingItIsMissing() {
        write("examples/claims.yaml", design("claims").replace("decisionImpact: low", "decisionImpact: enormous"));
        write("a/first_test.yaml", policyTest("first", "a.first", "../examples/claims.yaml", "at-rest"));

        assertThat(problems()).isNotEmpty().allMatch(problem -> problem.startsWith("policies/examples/claims.yaml:"));
    }

    @Test
    void anExpectedRuleThePolicyDoesNotHaveSuggestsTheClosestRule() {
        write("a/first_test.yaml", policyTest("first", "a.first", "../examples/claims.yaml", "at-rst"));

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:9:24: policy a.first has no rule 'at-rst'"
                + " (did you mean 'at-rest'?): its rules are at-rest");
    }

    @Test
    void aLibraryWideTestNamingAnUnknownPolicySuggestsTheClosestId() {
        write("tests/library_test.yaml", """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: library}
                spec:
                  cases:
                    - name: the example passes
                      design: ../examples/claims.yaml
                      expect: {a.frist/at-rest: PASS, a.first/at-rest: PASS}
                """);

        assertThat(problems()).containsExactly("policies/tests/library_test.yaml:8:33: unknown policy 'a.frist' in"
                + " 'a.frist/at-rest' (did you mean 'a.first'?): write policy-id/rule-id");
    }

    @Test
    void anExpectedAttestationStatusMustNameAnAttestationOfTheLibrary() {
        write("a/first_test.yaml", """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: first}
                spec:
                  policy: a.first
                  cases:
                    - name: the example answers
                      design: ../examples/claims.yaml
                      attestations: {legal-reveiw: ANSWERED}
                """);

        assertThat(problems()).containsExactly("policies/a/first_test.yaml:9:36: no attestation 'legal-reveiw' in the"
                + " library (did you mean 'legal-review'?): name an attestation id of a policy");
    }

    @Test
    void everyProblemOfEveryFileComesBackTogetherSorted() {
        delete("governance.yaml");
        write("b/first.yaml", policy("a.first"));
        write("c/broken.yaml", "apiVersion: tenet.dev/v1\nkind: [\n");
        write("a/first_test.yaml", policyTest("first", "a.first", "../examples/nothing.yaml", "at-rest"));

        ReadResult<PolicyLibrary> result = load();

        assertThat(result.isSuccess()).isFalse();
        List<String> files = result.problems().stream().map(Problem::file).map(f -> f.replace(dir + "/", "")).toList();
        assertThat(files).containsExactly("policies", "policies/a/first_test.yaml", "policies/b/first.yaml",
                "policies/c/broken.yaml");
        assertThat(result.problems()).isSorted();
    }

    private ReadResult<PolicyLibrary> load() {
        return LibraryFixtures.load(dir.resolve("policies"));
    }

    private List<String> problems() {
        return printed(load(), dir);
    }

    private void write(String path, String content) {
        LibraryFixtures.write(dir, "policies/" + path, content);
    }

    private void delete(String path) {
        try {
            java.nio.file.Files.delete(dir.resolve("policies/" + path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
