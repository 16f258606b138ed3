package dev.tenet.engine.library;

import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.tenet.engine.library.LibraryFixtures.GOVERNANCE;
import static dev.tenet.engine.library.LibraryFixtures.basic;
import static dev.tenet.engine.library.LibraryFixtures.copyBasic;
import static dev.tenet.engine.library.LibraryFixtures.load;
import static dev.tenet.engine.library.LibraryFixtures.policy;
import static dev.tenet.engine.library.LibraryFixtures.printed;
import static dev.tenet.engine.library.LibraryFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorktreeLoadingTest {

    @TempDir
    Path dir;

    @Test
    void aFolderLoadsWithEveryPolicyTheGovernanceTestsAndDesigns() {
        PolicyLibrary library = load(basic()).value();

        assertThat(library.commit()).isEqualTo("worktree");
        assertThat(library.policies()).extracting(Policy::id)
                .containsExactly("privacy.encrypt-personal-data", "transparency.disclose-ai-use");
        assertThat(library.governance().name()).isEqualTo("default");
        assertThat(library.tests()).extracting(PolicyTest::name).containsExactly("encrypt-personal-data", "disclose-ai-use");
        assertThat(library.examples().values()).extracting(WorkloadDesign::name).containsExactly("claims-triage", "chatbot");
    }

    @Test
    void filesBelowTheCurrentDirectoryAreNamedRelativeToIt() {
        Path current = Path.of("").toAbsolutePath();
        assumeTrue(basic().startsWith(current), "the build runs tests from the module folder, above target/");
        String expected = current.relativize(basic()).toString().replace('\\', '/');

        PolicyLibrary library = load(basic()).value();

        assertThat(library.folder()).isEqualTo(expected);
        assertThat(library.policy("privacy.encrypt-personal-data").orElseThrow().source().file())
                .isEqualTo(expected + "/privacy-security/encrypt-personal-data.yaml");
        assertThat(load(current.relativize(basic())).value().folder()).isEqualTo(expected);
    }

    @Test
    void filesOutsideTheCurrentDirectoryAreNamedByTheirAbsolutePath() {
        copyBasic(dir);

        PolicyLibrary library = load(dir).value();

        assertThat(library.governance().source().file()).isEqualTo(dir.toAbsolutePath() + "/governance.yaml");
    }

    @Test
    void hiddenFoldersBuildOutputAndFilesThatAreNotYamlAreNotRead() {
        copyBasic(dir);
        write(dir, ".drafts/broken.yaml", "kind: [");
        write(dir, "privacy-security/.scratch.yaml", "kind: [");
        write(dir, "target/classes/broken.yaml", "kind: [");
        write(dir, "notes.txt", "kind: [");
        write(dir, "policy.json", "{");

        assertThat(load(dir).isSuccess()).isTrue();
    }

    @Test
    void ymlFilesAreReadLikeYamlFiles() {
        copyBasic(dir);
        write(dir, "fairness/subgroups.yml", policy("fairness.subgroups"));

        assertThat(load(dir).value().policy("fairness.subgroups")).isPresent();
    }

    @Test
    void aMissingFolderIsAProblemAtTheFolder() {
        ReadResult<PolicyLibrary> result = load(dir.resolve("policies"));

        assertThat(printed(result, dir)).containsExactly(
                "policies:1:1: no such folder: policies (pass the folder that holds the policy library)");
    }

    @Test
    void anEmptyFolderIsAProblemAtTheFolder() throws Exception {
        Files.createDirectories(dir.resolve("policies"));
        write(dir, "policies/README.md", "# nothing yet\n");

        assertThat(printed(load(dir.resolve("policies")), dir)).containsExactly("policies:1:1: no YAML files under "
                + "policies: a policy library is a folder of Policy files with one Governance document");
    }

    @Test
    void aFileInsteadOfAFolderIsAProblem() {
        write(dir, "governance.yaml", GOVERNANCE);

        assertThat(printed(load(dir.resolve("governance.yaml")), dir)).containsExactly(
                "governance.yaml:1:1: is a file, not a folder: pass the folder that holds the policy library");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithItsSize() {
        copyBasic(dir.resolve("policies"));
        write(dir, "policies/huge.yaml", "#".repeat(1_200_000));

        assertThat(printed(load(dir.resolve("policies")), dir)).containsExactly("policies/huge.yaml:1:1: file is 1.2 MB;"
                + " the limit is 1 MiB: split it or remove what Tenet does not need");
    }

    @Test
    void lookupsFindPoliciesAndAttestationsById() {
        PolicyLibrary library = load(basic()).value();

        assertThat(library.policy("transparency.disclose-ai-use")).map(policy -> policy.metadata().title())
                .contains("Tell people that AI is involved");
        assertThat(library.policy("transparency.nothing")).isEmpty();
        assertThat(library.attestation("legal-review")).map(a -> a.stage()).contains("policy");
        assertThat(library.attestation("stakeholder-communication")).map(a -> a.stage()).contains("research");
        assertThat(library.attestation("nothing")).isEmpty();
    }

    @Test
    void aTestCaseFindsItsDesignInExamplesOrNextToTheTest() {
        PolicyLibrary library = load(basic()).value();
        PolicyTest encrypt = library.tests().get(0);
        PolicyTest disclose = library.tests().get(1);

        assertThat(library.designFor(encrypt, encrypt.cases().get(0))).map(WorkloadDesign::name).contains("claims-triage");
        assertThat(library.designFor(disclose, disclose.cases().get(0))).map(WorkloadDesign::name).contains("chatbot");
        assertThat(library.designFor(disclose, disclose.cases().get(1))).isEmpty();
    }

    @Test
    void waiversFilesAreNotPartOfTheLibrary() {
        PolicyLibrary library = load(basic()).value();

        assertThat(library.examples().keySet()).noneMatch(path -> path.endsWith("claims-triage-waivers.yaml"));
        assertThat(library.examples()).hasSize(2);
    }
}
