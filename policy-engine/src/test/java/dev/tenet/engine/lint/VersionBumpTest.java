package dev.tenet.engine.lint;

import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code lint --against REV}: a policy whose content changed since the revision needs a greater
 * version. The repository holds the clean lint library under {@code policies/}, committed once;
 * tests edit the working tree without committing, as an author does before opening a pull request.
 */
class VersionBumpTest {

    private static final String ENCRYPT = "policies/privacy-security/encrypt-personal-data.yaml";

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;

    @BeforeEach
    void repository() {
        fixture = GitFixture.init(dir);
        fixture.copy(LintFixtures.resource("library"), "policies").commit("Add the policy library");
        repository = GitRepository.open(dir);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void aChangedRuleWithoutANewVersionIsAnErrorAtTheVersion() {
        edit(ENCRYPT, "require: design.data.encryption.atRest", "require: design.data.encryption.atRest == true");

        assertThat(lint("HEAD")).containsExactly(ENCRYPT + ":6:12: policy 'privacy.encrypt-personal-data' changed"
                + " since HEAD but its version is still 1.0.0: bump it (e.g. to 1.0.1 for a fix, 1.1.0 for a new rule,"
                + " 2.0.0 for a stricter rule)");
    }

    @Test
    void aChangedRuleWithAGreaterVersionIsClean() {
        edit(ENCRYPT, "require: design.data.encryption.atRest", "require: design.data.encryption.atRest == true");
        edit(ENCRYPT, "version: 1.0.0", "version: 1.0.1");

        assertThat(lint("HEAD")).isEmpty();
    }

    @Test
    void aLowerVersionIsAnErrorThatNamesBothVersions() {
        fixture.write(ENCRYPT, read(ENCRYPT).replace("version: 1.0.0", "version: 1.2.0")).commit("Release 1.2.0");
        edit(ENCRYPT, "severity: high", "severity: critical");
        edit(ENCRYPT, "version: 1.2.0", "version: 1.1.9");

        assertThat(lint("HEAD")).singleElement().asString().startsWith(ENCRYPT + ":6:12: ")
                .contains("its version 1.1.9 is not greater than 1.2.0 there: bump it (e.g. to 1.2.1");
    }

    @Test
    void aNewPolicyNeedsNoBump() {
        copy("limit-retention.yaml", "policies/privacy-security/limit-retention.yaml");
        copy("limit-retention_test.yaml", "policies/privacy-security/limit-retention_test.yaml");
        copy("library-wide_test.yaml", "policies/library-wide_test.yaml");

        assertThat(lint("HEAD")).isEmpty();
    }

    @Test
    void editingCommentsAndRewrappingTextNeedsNoBump() {
        edit(ENCRYPT, "kind: Policy", "kind: Policy  # reviewed in March");
        edit(ENCRYPT, "message: Personal data is not encrypted at rest.",
                "message: >-\n        Personal data is not\n        encrypted at rest.");

        assertThat(lint("HEAD")).isEmpty();
    }

    @Test
    void aChangeCommittedSinceAnOlderRevisionIsCheckedAgainstThatRevision() {
        String first = repository.resolve("HEAD");
        edit(ENCRYPT, "enforcement: hard-mandatory", "enforcement: soft-mandatory");
        fixture.commit("Soften encryption");

        assertThat(lint("HEAD")).isEmpty();
        assertThat(lint(first.substring(0, 8))).singleElement().asString()
                .contains("changed since " + first.substring(0, 8) + " but its version is still 1.0.0");
    }

    private List<String> lint(String revision) {
        Path folder = dir.resolve("policies");
        List<Problem> problems = new Linter().lint(LibrarySource.worktree(folder),
                LibrarySource.git(repository, revision, "policies"), revision);
        return LintFixtures.printed(problems, dir);
    }

    private void edit(String path, String from, String to) {
        String text = read(path);
        assertThat(text).contains(from);
        fixture.write(path, text.replace(from, to));
    }

    private String read(String path) {
        try {
            return Files.readString(dir.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copy(String name, String path) {
        try {
            fixture.write(path, Files.readString(LintFixtures.resource("cases/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
