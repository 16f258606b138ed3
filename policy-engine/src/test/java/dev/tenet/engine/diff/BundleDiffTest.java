package dev.tenet.engine.diff;

import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy changes between two commits of a real repository (see {@link DiffFixtures}). */
class BundleDiffTest {

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private BundleDiff diff;

    @BeforeEach
    void diff() {
        fixture = DiffFixtures.repository(dir);
        repository = GitRepository.open(dir);
        diff = BundleDiff.between(DiffFixtures.bundle(repository, "v1"), DiffFixtures.bundle(repository, "v2"));
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void theDiffNamesBothCommits() {
        assertThat(diff.fromCommit()).isEqualTo(repository.resolve("v1"));
        assertThat(diff.toCommit()).isEqualTo(repository.resolve("v2"));
    }

    @Test
    void policiesOnlyTheNewerCommitHasAreAdded() {
        assertThat(diff.added()).extracting(Policy::id).containsExactly("fairness.evaluate-subgroups");
    }

    @Test
    void policiesOnlyTheOlderCommitHasAreRemoved() {
        assertThat(diff.removed()).extracting(Policy::id).containsExactly("transparency.disclose-ai-use");
    }

    @Test
    void changedPoliciesAreSortedByIdWithBothVersions() {
        assertThat(diff.changed()).extracting(PolicyChange::id, c -> c.versionBefore().toString(), c -> c.versionAfter().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("privacy.encrypt-personal-data", "1.0.0", "1.1.0"),
                        org.assertj.core.groups.Tuple.tuple("privacy.offer-opt-out", "1.0.0", "2.0.0"));
    }

    @Test
    void aChangedTitleIsAMetadataChangeWithBeforeAndAfter() {
        assertThat(encrypt().metadata()).containsExactly(new FieldChange("title", "Encrypt personal data",
                "Encrypt personal data at rest and in transit"));
    }

    @Test
    void aChangedEnforcementIsAMetadataChange() {
        assertThat(diff.changed().get(1).metadata())
                .containsExactly(new FieldChange("enforcement", "advisory", "soft-mandatory"));
    }

    @Test
    void aModifiedRuleNamesEachChangedFieldWithTheExpressionsBeforeAndAfter() {
        Change<Rule> atRest = encrypt().rules().get(0);

        assertThat(atRest).isInstanceOf(Change.Modified.class);
        assertThat(((Change.Modified<Rule>) atRest).fields()).containsExactly(
                new FieldChange("require", "design.data.encryption.atRest",
                        "design.data.encryption.atRest && design.security.authentication"),
                new FieldChange("severity", "high", "critical"));
    }

    @Test
    void addedAndRemovedRulesCarryTheRuleItself() {
        assertThat(encrypt().rules()).extracting(Change::id).containsExactly("at-rest", "anonymized", "in-transit");
        assertThat(encrypt().rules().get(1)).isInstanceOfSatisfying(Change.Added.class,
                added -> assertThat(((Rule) added.after()).require().source()).isEqualTo("design.data.anonymization"));
        assertThat(encrypt().rules().get(2)).isInstanceOfSatisfying(Change.Removed.class,
                removed -> assertThat(((Rule) removed.before()).id()).isEqualTo("in-transit"));
    }

    @Test
    void attestationsAddedAndModifiedAreListed() {
        assertThat(encrypt().attestations()).hasSize(2);
        assertThat(encrypt().attestations().get(0)).isInstanceOfSatisfying(Change.Modified.class,
                modified -> assertThat(modified.fields()).containsExactly(new FieldChange("stage", "policy", "research")));
        assertThat(encrypt().attestations().get(1)).isInstanceOfSatisfying(Change.Added.class,
                added -> assertThat(((Attestation) added.after()).id()).isEqualTo("key-management"));
    }

    @Test
    void aCommitComparedWithItselfHasNoChanges() {
        assertThat(BundleDiff.between(DiffFixtures.bundle(repository, "v2"), DiffFixtures.bundle(repository, "v2")).isEmpty())
                .isTrue();
    }

    private PolicyChange encrypt() {
        return diff.changed().get(0);
    }
}
