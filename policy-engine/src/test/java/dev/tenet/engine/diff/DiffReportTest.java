package dev.tenet.engine.diff;

import dev.tenet.engine.GoldenFiles;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code tenet diff} prints a diff (see {@link DiffFixtures} for what changes). */
class DiffReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private BundleDiff diff;
    private DecisionChanges designs;

    @BeforeEach
    void diff() {
        fixture = DiffFixtures.repository(dir);
        repository = GitRepository.open(dir);
        PolicyBundle v1 = DiffFixtures.bundle(repository, "v1");
        PolicyBundle v2 = DiffFixtures.bundle(repository, "v2");
        diff = BundleDiff.between(v1, v2);
        designs = DecisionChanges.of(v1, v2, DesignFolder.read(DiffFixtures.resource("designs")).value(), TODAY);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void textReadsLikeAPullRequestSummary() {
        assertThat(anonymous(DiffReport.text(diff, designs))).isEqualTo("""
                Policies from V1 to V2: 1 added, 1 removed, 2 changed
                + added policy fairness.evaluate-subgroups 1.0.0: Evaluate performance for each group of affected people
                - removed policy transparency.disclose-ai-use 1.0.0: Tell people that AI is involved
                ~ changed privacy.encrypt-personal-data 1.0.0 → 1.1.0
                    title: Encrypt personal data → Encrypt personal data at rest and in transit
                    ~ rule at-rest
                        require: design.data.encryption.atRest → design.data.encryption.atRest && design.security.authentication
                        severity: high → critical
                    + rule anonymized: design.data.anonymization
                    - rule in-transit: design.data.encryption.inTransit
                    ~ attestation legal-review
                        stage: policy → research
                    + attestation key-management (engineering): Are encryption keys rotated?
                ~ changed privacy.offer-opt-out 1.0.0 → 2.0.0
                    enforcement: advisory → soft-mandatory

                Designs whose decision changes:
                  chatbot: NEEDS_WAIVER → PASS (- transparency.disclose-ai-use/disclosure FAIL)
                  claims-triage: PASS_WITH_ADVICE → NEEDS_WAIVER (+ fairness.evaluate-subgroups/subgroup-evaluation FAIL, privacy.offer-opt-out/opt-out FAIL advisory → soft-mandatory)
                  forecast: PASS, tier low → medium
                """);
    }

    @Test
    void textWithoutDesignsHasNoDesignSection() {
        assertThat(DiffReport.text(diff)).doesNotContain("Designs");
    }

    @Test
    void textSaysSoWhenNoDesignChanges() {
        assertThat(DiffReport.text(diff, new DecisionChanges(4, List.of())))
                .endsWith("\nDesigns whose decision changes: none of 4\n");
    }

    @Test
    void aPolicyChangedWithoutANewVersionSaysSo() {
        PolicyChange unbumped = PolicyChange.between(diff.changed().get(1).before(), diff.changed().get(1).before());
        BundleDiff same = new BundleDiff("worktree", "worktree", List.of(), List.of(), List.of(new PolicyChange(
                unbumped.before(), unbumped.after(), List.of(new FieldChange("severity", "low", "high")), List.of(), List.of())));

        assertThat(DiffReport.text(same)).contains("~ changed privacy.offer-opt-out 1.0.0 (version not bumped)\n");
    }

    @Test
    void jsonHasEveryChangeWithBeforeAndAfter() {
        GoldenFiles.in("diff").assertMatches("diff.golden.json", anonymous(DiffReport.json(diff, designs)));
    }

    @Test
    void theSameDiffPrintsTheSameBytes() {
        assertThat(DiffReport.json(diff, designs)).isEqualTo(DiffReport.json(diff, designs));
        assertThat(DiffReport.text(diff, designs)).isEqualTo(DiffReport.text(diff, designs));
    }

    /** The output with what depends on the machine replaced: the commit ids by V1 and V2, the designs' folder. */
    private String anonymous(String output) {
        String v1 = repository.resolve("v1");
        String v2 = repository.resolve("v2");
        return output.replace(DiffFixtures.resource("designs") + "/", "designs/").replace(v1, "V1").replace(v2, "V2").replace(v1.substring(0, 7), "V1").replace(v2.substring(0, 7), "V2");
    }
}
