package dev.tenet.engine.diff;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.model.RiskTier;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The designs whose decision or tier moves between two commits (see {@link DiffFixtures}). */
class DecisionChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitRepository repository;
    private DecisionChanges changes;

    @BeforeEach
    void changes() {
        fixture = DiffFixtures.repository(dir);
        repository = GitRepository.open(dir);
        List<WorkloadDesign> designs = DesignFolder.read(DiffFixtures.resource("designs")).value();
        changes = DecisionChanges.of(DiffFixtures.bundle(repository, "v1"), DiffFixtures.bundle(repository, "v2"),
                designs, TODAY);
    }

    @AfterEach
    void close() {
        repository.close();
        fixture.close();
    }

    @Test
    void onlyDesignsWhoseDecisionOrTierChangesAreListedOfAllChecked() {
        assertThat(changes.checked()).isEqualTo(4);
        assertThat(changes.changes()).extracting(DecisionChange::design)
                .containsExactly("chatbot", "claims-triage", "forecast");
    }

    @Test
    void aWorseDecisionListsTheFindingsThatMovedIt() {
        DecisionChange claims = change("claims-triage");

        assertThat(claims.decisionBefore()).isEqualTo(Decision.PASS_WITH_ADVICE);
        assertThat(claims.decisionAfter()).isEqualTo(Decision.NEEDS_WAIVER);
        assertThat(claims.findings()).extracting(FindingChange::key, FindingChange::outcomeBefore, FindingChange::outcomeAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fairness.evaluate-subgroups/subgroup-evaluation",
                                Optional.empty(), Optional.of(Outcome.FAIL)),
                        org.assertj.core.groups.Tuple.tuple("privacy.offer-opt-out/opt-out",
                                Optional.of(Outcome.FAIL), Optional.of(Outcome.FAIL)));
    }

    @Test
    void aRemovedFailingPolicyImprovesTheDecision() {
        DecisionChange chatbot = change("chatbot");

        assertThat(chatbot.decisionBefore()).isEqualTo(Decision.NEEDS_WAIVER);
        assertThat(chatbot.decisionAfter()).isEqualTo(Decision.PASS);
        assertThat(chatbot.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("transparency.disclose-ai-use/disclosure");
            assertThat(finding.after()).isEmpty();
        });
    }

    @Test
    void aTierChangeAloneIsAChange() {
        DecisionChange forecast = change("forecast");

        assertThat(forecast.decisionBefore()).isEqualTo(forecast.decisionAfter()).isEqualTo(Decision.PASS);
        assertThat(forecast.tierBefore()).isEqualTo(RiskTier.LOW);
        assertThat(forecast.tierAfter()).isEqualTo(RiskTier.MEDIUM);
        assertThat(forecast.findings()).as("a new rule that passes is not news").isEmpty();
    }

    @Test
    void worseListsTheDesignsThatWouldNeedReviewAgain() {
        assertThat(changes.worse()).extracting(DecisionChange::design).containsExactly("claims-triage");
    }

    @Test
    void theSameBundleOnBothSidesChangesNoDecision() {
        PolicyBundle v2 = DiffFixtures.bundle(repository, "v2");

        DecisionChanges none = DecisionChanges.of(v2, v2, DesignFolder.read(DiffFixtures.resource("designs")).value(), TODAY);

        assertThat(none.changes()).isEmpty();
        assertThat(none.checked()).isEqualTo(4);
    }

    private DecisionChange change(String design) {
        return changes.changes().stream().filter(change -> change.design().equals(design)).findFirst().orElseThrow();
    }
}
