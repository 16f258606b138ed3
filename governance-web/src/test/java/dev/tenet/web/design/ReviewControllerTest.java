package dev.tenet.web.design;

import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;

import static dev.tenet.web.design.PageFixtures.ERIN;
import static dev.tenet.web.design.PageFixtures.RILEY;
import static dev.tenet.web.design.PageFixtures.XSS;
import static dev.tenet.web.design.PageFixtures.XSS_ESCAPED;
import static dev.tenet.web.design.PageFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(ReviewController.class)
@Import(PageOutcome.class)
class ReviewControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubmissionService submissions;
    @MockitoBean
    DesignPages pages;

    @BeforeEach
    void aDesignInReview() {
        given(pages.page(any(), anyLong())).willReturn(PageFixtures.inReview("", "", PageFixtures.reviewerActions()));
    }

    @Test
    void recordsAnApprovalAndReturnsToTheDesignPage() throws Exception {
        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).with(csrf())
                        .param("stage", "research").param("verdict", "APPROVE").param("comment", "checked the harms"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/designs/7"))
                .andExpect(flash().attribute("successMessage", "Your approval is recorded."));
        verify(submissions).review(eq(RILEY), eq(7L), eq("research"), eq(Verdict.APPROVE), eq("checked the harms"));
    }

    @Test
    void showsWhyTheWorkflowRefusedAnApprovalWithItsConflictStatus() throws Exception {
        given(submissions.review(any(), anyLong(), any(), any(), any())).willThrow(WorkflowRefusals.conflict(
                "design talent/resume-screener is BLOCKED by a hard-mandatory failure and cannot be approved"));

        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).with(csrf())
                        .param("stage", "research").param("verdict", "APPROVE").param("comment", "my note"))
                .andExpect(status().isConflict())
                .andExpect(view().name(DesignPageController.DESIGN_VIEW))
                .andExpect(model().attribute("errorMessage", containsString("cannot be approved")))
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("is BLOCKED by a hard-mandatory failure and cannot be approved"),
                        containsString(">my note</textarea>"))));
    }

    @Test
    void answersSeparationOfDutiesWithForbidden() throws Exception {
        given(submissions.review(any(), anyLong(), any(), any(), any())).willThrow(WorkflowRefusals.forbidden(
                "separation of duties: erin owns or submitted claims/claims-triage and cannot review it"));

        mvc.perform(post("/designs/7/reviews").with(as(ERIN)).with(csrf())
                        .param("stage", "research").param("verdict", "APPROVE"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("separation of duties")));
    }

    @Test
    void answersAConcurrentReviewWithAConflictToCheckAgain() throws Exception {
        given(submissions.review(any(), anyLong(), any(), any(), any()))
                .willThrow(new OptimisticLockingFailureException("version 3 is stale"));

        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).with(csrf())
                        .param("stage", "research").param("verdict", "APPROVE"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else acted on this design")));
    }

    @Test
    void keepsTheCommentOfARefusedReviewEscaped() throws Exception {
        given(submissions.review(any(), anyLong(), any(), any(), any())).willThrow(WorkflowRefusals.conflict("no"));

        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).with(csrf())
                        .param("stage", "research").param("verdict", "REJECT").param("comment", XSS))
                .andExpect(content().string(allOf(not(containsString(XSS)), containsString(XSS_ESCAPED))));
    }

    @Test
    void asksForAVerdict() throws Exception {
        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).with(csrf()).param("stage", "research"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a verdict")));
        verifyNoInteractions(submissions);
    }

    @Test
    void refusesAReviewWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/designs/7/reviews").with(as(RILEY)).param("stage", "research").param("verdict", "APPROVE"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(submissions);
    }

    @Test
    void submitsADraftForReview() throws Exception {
        mvc.perform(post("/designs/7/submit").with(as(ERIN)).with(csrf()))
                .andExpect(redirectedUrl("/designs/7"))
                .andExpect(flash().attribute("successMessage", containsString("Submitted for review")));
        verify(submissions).submit(ERIN, 7L);
    }

    @Test
    void reevaluatesAtTheCurrentPoliciesAndSaysWhetherTheReviewRestarted() throws Exception {
        Design design = Design.draft("claims", "claims-triage", "erin", Instant.parse("2026-03-01T09:00:00Z"));
        given(submissions.reevaluate(ERIN, 7L)).willReturn(new SubmissionService.Reevaluated(design, true));
        mvc.perform(post("/designs/7/reevaluate").with(as(ERIN)).with(csrf()))
                .andExpect(redirectedUrl("/designs/7"))
                .andExpect(flash().attribute("successMessage", containsString("the review starts again at the first stage")));

        given(submissions.reevaluate(ERIN, 7L)).willReturn(new SubmissionService.Reevaluated(design, false));
        mvc.perform(post("/designs/7/reevaluate").with(as(ERIN)).with(csrf()))
                .andExpect(flash().attribute("successMessage", containsString("the sign-offs stand")));
    }

    @Test
    void showsWhyAReevaluationWasRefused() throws Exception {
        given(submissions.reevaluate(RILEY, 7L)).willThrow(WorkflowRefusals.forbidden(
                "riley may not change claims/claims-triage: only engineers of team 'claims' may"));

        mvc.perform(post("/designs/7/reevaluate").with(as(RILEY)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only engineers of team")));
    }

    @Test
    void withdrawsADesign() throws Exception {
        mvc.perform(post("/designs/7/withdraw").with(as(ERIN)).with(csrf()))
                .andExpect(redirectedUrl("/designs/7"));
        verify(submissions).withdraw(ERIN, 7L);
    }
}
