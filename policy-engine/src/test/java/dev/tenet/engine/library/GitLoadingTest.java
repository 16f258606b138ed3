package dev.tenet.engine.library;

import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static dev.tenet.engine.library.LibraryFixtures.basic;
import static dev.tenet.engine.library.LibraryFixtures.design;
import static dev.tenet.engine.library.LibraryFixtures.policy;
import static dev.tenet.engine.library.LibraryFixtures.policyTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Loading a library from git objects. The repository has three commits on main: the small library
 * (tagged v1, branch release), then a fairness policy added, then claims-triage turned low impact.
 */
class GitLoadingTest {

    private static final String ENCRYPT = "policies/privacy-security/encrypt-personal-data.yaml";
    private static final String CLAIMS = "policies/examples/claims-triage.yaml";

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private String first;
    private String second;
    private String third;

    @BeforeEach
    void repository() {
        fixture = GitFixture.init(dir);
        first = fixture.copy(basic(), "policies").commit("Add the policy library");
        fixture.tag("v1", true).branch("release");
        second = fixture.write("policies/fairness/subgroups.yaml", policy("fairness.subgroups")).commit("Add subgroups");
        third = fixture.write(CLAIMS, design("claims-triage")).commit("Claims triage no longer decides about people");
        repository = GitRepository.open(dir);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void aBranchLoadsTheLibraryAtItsCommit() {
        PolicyLibrary library = load("release");

        assertThat(library.commit()).isEqualTo(first);
        assertThat(library.policies()).extracting(Policy::id)
                .containsExactly("privacy.encrypt-personal-data", "transparency.disclose-ai-use");
    }

    @Test
    void aTagLoadsTheLibraryAtItsCommit() {
        assertThat(load("v1").commit()).isEqualTo(first);
    }

    @Test
    void fullAndAbbreviatedCommitIdsLoad() {
        assertThat(load(second).commit()).isEqualTo(second);
        assertThat(load(second.substring(0, 10)).commit()).isEqualTo(second);
    }

    @Test
    void relativeRevisionsLoadOlderLibraries() {
        assertThat(load("HEAD~1").commit()).isEqualTo(second);
        assertThat(load("HEAD~2").policies()).hasSize(2);
        assertThat(load("HEAD").policies()).hasSize(3);
    }

    @Test
    void theSourceKnowsItsCommitBeforeLoading() {
        LibrarySource source = LibrarySource.git(repository, "main", "policies");

        assertThat(source.commit()).isEqualTo(third);
        assertThat(source.folder()).isEqualTo("policies");
    }

    @Test
    void aSourceStaysOnItsCommitWhenTheBranchMoves() {
        LibrarySource source = LibrarySource.git(repository, "main", "policies");
        fixture.write("policies/fairness/more.yaml", policy("fairness.more")).commit("Add another policy");

        assertThat(new LibraryLoader().load(source).value().policy("fairness.more")).isEmpty();
    }

    @Test
    void filesAreNamedFromTheRepositoryRoot() {
        PolicyLibrary library = load("main");

        assertThat(library.policy("privacy.encrypt-personal-data").orElseThrow().source().file()).isEqualTo(ENCRYPT);
        assertThat(library.examples()).containsKeys(CLAIMS, "policies/transparency/chatbot.yaml");
    }

    @Test
    void theTestsOfACommitReadThatCommitsDesigns() {
        PolicyLibrary before = load("HEAD~1");
        PolicyLibrary after = load("HEAD");

        assertThat(designOfFirstCase(before).spec().decisionImpact().id()).isEqualTo("high");
        assertThat(designOfFirstCase(after).spec().decisionImpact().id()).isEqualTo("low");
        assertThat(designOfFirstCase(after).tree()).doesNotContainKey("affectedStakeholders");
        assertThat(designOfFirstCase(before).tree()).containsKey("affectedStakeholders");
    }

    @Test
    void editsInTheWorkingTreeAreNotSeenWhenLoadingACommit() {
        fixture.write(ENCRYPT, "kind: [\n").write("policies/fairness/draft.yaml", policy("fairness.draft"));

        assertThat(load("HEAD").policies()).hasSize(3);
        assertThat(LibraryFixtures.load(dir.resolve("policies")).isSuccess()).isFalse();
    }

    @Test
    void aBrokenFileAtOneCommitIsReportedWithItsPositionWhileAnOlderCommitLoads() {
        fixture.write("policies/fairness/subgroups.yaml", policy("fairness.subgroups")
                .replace("severity: high", "severty: high")).commit("Break the subgroup policy");

        ReadResult<PolicyLibrary> broken = loadResult("HEAD");

        assertThat(broken.isSuccess()).isFalse();
        assertThat(broken.problems()).hasSize(1);
        assertThat(broken.problems().get(0).toString()).startsWith("policies/fairness/subgroups.yaml:11:3: ")
                .contains("severty").contains("did you mean 'severity'?");
        assertThat(loadResult("HEAD~1").isSuccess()).isTrue();
    }

    @Test
    void aDesignThatExistsOnlyInTheWorkingTreeIsMissingAtTheCommit() {
        fixture.write("policies/fairness/subgroups_test.yaml",
                policyTest("subgroups", "fairness.subgroups", "../examples/new-design.yaml", "at-rest"))
                .commit("Test subgroups with a design not committed yet");
        fixture.write("policies/examples/new-design.yaml", design("new-design"));

        assertThat(LibraryFixtures.load(dir.resolve("policies")).isSuccess()).isTrue();
        assertThat(loadResult("HEAD").problems()).extracting(Object::toString).containsExactly(
                "policies/fairness/subgroups_test.yaml:8:15: design file '../examples/new-design.yaml' does not exist:"
                        + " no policies/examples/new-design.yaml in the library");
    }

    @Test
    void aFolderTheCommitDoesNotHaveIsAProblem() {
        assertThat(new LibraryLoader().load(LibrarySource.git(repository, "HEAD", "rules")).problems())
                .extracting(Object::toString).containsExactly("rules:1:1: no folder 'rules' at commit "
                        + third.substring(0, 7) + ": check the folder, and that the library existed at that revision");
    }

    @Test
    void anUnknownRevisionIsRefusedWhenTheSourceIsMade() {
        assertThatThrownBy(() -> LibrarySource.git(repository, "relaese", "policies"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageEndingWith("try a branch, tag or commit id (did you mean 'release'?)");
    }

    @Test
    void aLibraryAtTheRepositoryRootIsNamedWithoutAFolder() {
        try (GitFixture root = GitFixture.init(dir.resolve("root-library"))) {
            String commit = root.copy(basic(), ".").commit("library at the root");
            try (GitRepository rootRepository = GitRepository.open(root.root())) {
                PolicyLibrary library = new LibraryLoader().load(LibrarySource.git(rootRepository, commit, ".")).value();

                assertThat(library.folder()).isEqualTo(".");
                assertThat(library.governance().source().file()).isEqualTo("governance.yaml");
                PolicyTest test = library.tests().get(0);
                assertThat(library.designFor(test, test.cases().get(0))).isPresent();
            }
        }
    }

    @Test
    void aFileOverTheSizeLimitAtACommitIsReportedWithItsSize() {
        fixture.write("policies/huge.yaml", "#".repeat(2_500_000)).commit("A huge file");

        assertThat(loadResult("HEAD").problems()).extracting(Object::toString).containsExactly(
                "policies/huge.yaml:1:1: file is 2.5 MB; the limit is 1 MiB: split it or remove what Tenet does not need");
    }

    @Test
    void theWorkingTreeAndItsCommitGiveTheSameLibrary() {
        PolicyLibrary fromGit = load("HEAD");
        PolicyLibrary fromWorktree = LibraryFixtures.load(dir.resolve("policies")).value();

        assertThat(fromWorktree.policies()).extracting(Policy::id)
                .isEqualTo(fromGit.policies().stream().map(Policy::id).toList());
        assertThat(fromWorktree.policies()).extracting(Policy::rules).isEqualTo(fromGit.policies().stream()
                .map(Policy::rules).toList());
        assertThat(fromWorktree.examples()).hasSameSizeAs(fromGit.examples());
    }

    private WorkloadDesign designOfFirstCase(PolicyLibrary library) {
        PolicyTest test = library.tests().get(0);
        return library.designFor(test, test.cases().get(0)).orElseThrow();
    }

    private PolicyLibrary load(String revision) {
        return loadResult(revision).value();
    }

    private ReadResult<PolicyLibrary> loadResult(String revision) {
        return new LibraryLoader().load(LibrarySource.git(repository, revision, "policies"));
    }
}
