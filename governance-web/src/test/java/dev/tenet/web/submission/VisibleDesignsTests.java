package dev.tenet.web.submission;

import dev.tenet.web.account.Actor;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static dev.tenet.web.submission.ApiFixtures.ERIN;
import static dev.tenet.web.submission.ApiFixtures.NOW;
import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static dev.tenet.web.submission.ApiFixtures.ROSA;
import static org.assertj.core.api.Assertions.assertThat;

class VisibleDesignsTests {

    private static final Actor TOM = new Actor("tom", "talent", Set.of("ENGINEER"));
    private static final Actor ADA = new Actor("ada", "", Set.of("ADMIN"));

    @Test
    void engineersSeeTheirOwnTeamsDraftsAndNoOtherTeams() {
        assertThat(VisibleDesigns.maySee(ERIN, ApiFixtures.draft(7))).isTrue();
        assertThat(VisibleDesigns.maySee(TOM, ApiFixtures.draft(7))).isFalse();
        assertThat(VisibleDesigns.maySee(TOM, ApiFixtures.inResearch(7))).isFalse();
    }

    @Test
    void reviewersSeeWhatWasSubmittedButNotDrafts() {
        assertThat(VisibleDesigns.maySee(ROSA, ApiFixtures.draft(7))).isFalse();
        assertThat(VisibleDesigns.maySee(ROSA, ApiFixtures.inResearch(7))).isTrue();
    }

    @Test
    void aDraftWithdrawnBeforeAnyoneSawItStaysHiddenFromReviewers() {
        Design withdrawn = ApiFixtures.draft(7);
        withdrawn.withdraw(ERIN, NOW);

        assertThat(VisibleDesigns.maySee(ROSA, withdrawn)).isFalse();
        assertThat(VisibleDesigns.maySee(ERIN, withdrawn)).isTrue();
    }

    @Test
    void aReviewerWhoSignedStillSeesTheNextDraft() {
        Design design = ApiFixtures.inResearch(7);
        design.newRevision(ERIN, NOW.plusSeconds(3600));

        assertThat(VisibleDesigns.maySee(RILEY, design)).isTrue();
        assertThat(VisibleDesigns.maySee(ROSA, design)).isFalse();
    }

    @Test
    void administratorsSeeEverything() {
        assertThat(VisibleDesigns.maySee(ADA, ApiFixtures.draft(7))).isTrue();
    }
}
