package dev.tenet.web.design;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import dev.tenet.web.submission.DecisionRecords;
import dev.tenet.web.submission.VisibleDesigns;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

import static dev.tenet.web.design.PageFixtures.ERIN;
import static dev.tenet.web.design.PageFixtures.RILEY;
import static dev.tenet.web.design.PageFixtures.XSS;
import static dev.tenet.web.design.PageFixtures.XSS_ESCAPED;
import static dev.tenet.web.design.PageFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DesignPageController.class)
class DesignPageControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DesignPages pages;
    @MockitoBean
    VisibleDesigns visible;
    @MockitoBean
    DecisionRecords records;

    @Test
    void showsTheHeaderWithStateStageTierDecisionAndPolicyCommit() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("Routes claims.", "fine", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(view().name(DesignPageController.DESIGN_VIEW))
                .andExpect(model().attributeExists("page"))
                .andExpect(content().string(allOf(
                        containsString("<h1 class=\"h2 break-anywhere\">claims/claims-triage</h1>"),
                        containsString(">In review</span>"), containsString("Stage: research"),
                        containsString("High risk"), containsString("Decision: Needs a waiver"),
                        containsString("<code>01234567</code>"))));
    }

    @Test
    void groupsFindingsByPrincipleWithTheirExplanationAndRemediation() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(
                        containsString("Privacy and security"), containsString("1 of 1 failed"),
                        containsString("design.data.retentionDays is 1095"),
                        containsString("<code>design.data.retentionDays</code> =\n        <code>1095</code>"),
                        containsString("<em>not set</em>"),
                        containsString("Lower spec.data.retentionDays to 365 or less"),
                        containsString("Accountability"),
                        containsString("1 finding passed or does not apply"))));
    }

    @Test
    void showsAttestationsHarmsWaiversAndTheSignOffTimeline() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "approved after the call", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(
                        containsString("Checked at the research stage"),
                        containsString("href=\"https://wiki.example/review\""),
                        containsString("Evidence missing"),
                        containsString("An adjuster confirms every category"),
                        containsString("Legal hold until the audit"),
                        containsString("rosa at the research stage (revision 2)"),
                        containsString("voided by a newer revision"),
                        containsString("approved after the call"))));
    }

    @Test
    void tellsADesignUnderReviewThatThePoliciesChangedAndLinksTheirDiff() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.reReviewed("kept too long", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(containsString("id=\"policy-changed\""),
                        containsString("The policies changed since this design was submitted: pinned at feedc0de,"
                                + " current beefcafe."),
                        containsString("href=\"/policies/diff?from=feedc0de00000000000000000000000000000000&amp;"
                                + "to=beefcafe00000000000000000000000000000000\""),
                        containsString("Review round 2"),
                        not(containsString("action=\"/designs/7/reevaluate\"")))));
    }

    @Test
    void offersTheDesignsTeamToReevaluateWithoutJavaScript() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.reReviewed("kept too long",
                PageFixtures.reevaluateActions()));

        mvc.perform(get("/designs/7").with(as(ERIN)))
                .andExpect(content().string(allOf(containsString("action=\"/designs/7/reevaluate\" method=\"post\""),
                        containsString("Re-evaluate at the current policies"), containsString("name=\"_csrf\""))));
    }

    @Test
    void saysNothingOfPolicyChangesWhenThePinIsTheCurrentCommit() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(not(containsString("id=\"policy-changed\"")),
                        not(containsString("Policy drift")))));
    }

    @Test
    void showsTheDriftHistoryWithTheFindingsThatMovedEscaped() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.reReviewed("kept " + XSS, PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(containsString("Policy drift"),
                        containsString("Policies 01234567 to feedc0de: Pass became Needs a waiver; re-review round 2."),
                        containsString("<code class=\"break-anywhere\">privacy.limit-retention/retention-limit</code>"),
                        containsString("Pass to Fail (Soft-mandatory)"),
                        containsString("kept " + XSS_ESCAPED), not(containsString(XSS)))));
    }

    @Test
    void marksSignOffsOfAnEarlierRoundAsNoLongerCounting() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.reReviewed("", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(containsString("pat at the policy stage (revision 2)"),
                        containsString("an earlier review round"),
                        containsString("pat at the policy stage (revision 2, round 2)"))));
    }

    @Test
    void neverLinksEvidenceThatIsNotAWebAddress() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(not(containsString("href=\"javascript:")),
                        containsString("javascript:alert(1)"))));
    }

    @Test
    void escapesWhatUsersWroteInTheDescriptionCommentsAndHarms() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("Classifies " + XSS, "ok " + XSS,
                PageFixtures.noActions()));

        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(not(containsString(XSS)), containsString("Classifies " + XSS_ESCAPED),
                        containsString("ok " + XSS_ESCAPED), containsString("Urgent claims of " + XSS_ESCAPED))));
    }

    @Test
    void offersTheReviewFormOnlyToWhoMayActAtTheCurrentStage() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.reviewerActions()));
        mvc.perform(get("/designs/7").with(as(RILEY)))
                .andExpect(content().string(allOf(containsString("id=\"review-form\""),
                        containsString("Review at the research stage"), containsString("value=\"APPROVE\""),
                        containsString("value=\"REQUEST_CHANGES\""), containsString("value=\"REJECT\""),
                        containsString("<label for=\"review-comment\""), containsString("name=\"_csrf\""),
                        containsString("hx-post=\"/designs/7/reviews\""), containsString("Record a harm"))));

        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.noActions()));
        mvc.perform(get("/designs/7").with(as(ERIN)))
                .andExpect(content().string(not(containsString("id=\"review-form\""))));
    }

    @Test
    void offersSubmitForReviewToTheTeamsEngineersOfADraft() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.engineerActions(true)));

        mvc.perform(get("/designs/7").with(as(ERIN)))
                .andExpect(content().string(allOf(containsString("action=\"/designs/7/submit\""),
                        containsString("Submit for review"))));
    }

    @Test
    void offersWaiversOnlyForTheFailingSoftMandatoryRules() throws Exception {
        var waivable = PageFixtures.failing("privacy.limit-retention", "retention-limit", "soft-mandatory", "privacy-security");
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.policyActions(waivable)));

        mvc.perform(get("/designs/7").with(as(PageFixtures.PAT)))
                .andExpect(content().string(allOf(containsString("Grant a waiver"),
                        containsString("<option value=\"privacy.limit-retention/retention-limit\""),
                        containsString("type=\"date\" id=\"waiver-expires\""))));
    }

    @Test
    void answersADesignThePersonMayNotSeeAsNotFound() throws Exception {
        given(pages.page(any(), eq(8L))).willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "no design 8"));

        mvc.perform(get("/designs/8").with(as(ERIN)))
                .andExpect(status().isNotFound())
                .andExpect(view().name(DesignPageAdvice.VIEW))
                .andExpect(content().string(containsString("no design 8")));
    }

    @Test
    void sendsSomeoneNotSignedInToTheLoginPage() throws Exception {
        mvc.perform(get("/designs/7").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void printsTheDecisionRecordOfAnApprovedDesign() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.approved());

        mvc.perform(get("/designs/7/record").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(view().name(DesignPageController.RECORD_VIEW))
                .andExpect(model().attribute("apiRecordUrl", "http://localhost/api/v1/designs/7/record"))
                .andExpect(content().string(allOf(
                        containsString("Decision record: claims/claims-triage"),
                        containsString("<code class=\"break-anywhere\">0123456789abcdef0123</code>"),
                        containsString("href=\"https://wiki.example/review\""),
                        containsString("Legal hold until the audit"),
                        containsString("An adjuster confirms every category"),
                        containsString("media=\"print\""))));
    }

    @Test
    void hasNoDecisionRecordBeforeApproval() throws Exception {
        given(pages.page(any(), eq(7L))).willReturn(PageFixtures.inReview("", "", PageFixtures.noActions()));

        mvc.perform(get("/designs/7/record").with(as(RILEY)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("not APPROVED")));
    }
}
