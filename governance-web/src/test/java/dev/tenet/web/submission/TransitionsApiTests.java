package dev.tenet.web.submission;

import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.tenet.web.submission.ApiFixtures.ERIN;
import static dev.tenet.web.submission.ApiFixtures.ROSA;
import static dev.tenet.web.submission.ApiFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(TransitionsApi.class)
@Import(DesignViews.class)
class TransitionsApiTests {

    private static final String APPROVE = """
            {"stage": "research", "verdict": "APPROVE", "comment": "harms are covered"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubmissionService submissions;
    @MockitoBean
    VisibleDesigns visible;
    @MockitoBean
    PolicyService policies;

    @BeforeEach
    void policyLibrary() {
        given(policies.current()).willReturn(ApiFixtures.bundle());
        given(policies.at(anyString())).willReturn(ApiFixtures.bundle());
        given(visible.find(any(), anyLong())).willReturn(ApiFixtures.draft(7));
    }

    @Test
    void submittingAnswersWithTheDesignInReview() throws Exception {
        given(submissions.submit(ERIN, 7)).willReturn(ApiFixtures.inResearch(7));

        mvc.perform(post("/api/v1/designs/7/submit").with(as(ERIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_REVIEW"))
                .andExpect(jsonPath("$.stage").value("research"));
    }

    @Test
    void reevaluatingAnswersWithTheDesignPinnedAtTheCurrentCommitAndItsRound() throws Exception {
        given(submissions.reevaluate(ERIN, 7)).willReturn(new SubmissionService.Reevaluated(ApiFixtures.inResearch(7), false));

        mvc.perform(post("/api/v1/designs/7/reevaluate").with(as(ERIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.round").value(1))
                .andExpect(jsonPath("$.policyCommit").value("worktree"))
                .andExpect(jsonPath("$.currentPolicyCommit").value("worktree"))
                .andExpect(jsonPath("$.policyChangedSinceSubmission").value(false))
                .andExpect(jsonPath("$.signOffs[0].round").value(1));
    }

    @Test
    void reevaluatingADesignNotUnderReviewIs409() throws Exception {
        given(submissions.reevaluate(ERIN, 7)).willThrow(WorkflowException.conflict(
                "design claims/claims-triage is APPROVED, not under review"));

        mvc.perform(post("/api/v1/designs/7/reevaluate").with(as(ERIN)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("not under review")));
    }

    @Test
    void aReviewIsRecordedForTheSignedInReviewer() throws Exception {
        given(submissions.review(ROSA, 7, "research", Verdict.APPROVE, "harms are covered"))
                .willReturn(ApiFixtures.inResearch(7));

        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ROSA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(APPROVE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signOffs[0].verdict").value("APPROVE"));
    }

    @Test
    void aReviewByTheWrongRoleOrAgainstSeparationOfDutiesIs403() throws Exception {
        given(submissions.review(any(), anyLong(), anyString(), any(), any()))
                .willThrow(WorkflowException.forbidden("separation of duties: erin owns or submitted claims/claims-triage"));

        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ERIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(APPROVE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/forbidden"))
                .andExpect(jsonPath("$.detail").value(containsString("separation of duties")));
    }

    @Test
    void aReviewAtAnotherStageIs409() throws Exception {
        given(submissions.review(any(), anyLong(), anyString(), any(), any()))
                .willThrow(WorkflowException.conflict("design claims/claims-triage is at stage 'policy', not 'research'"));

        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ROSA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(APPROVE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/wrong-state"))
                .andExpect(jsonPath("$.title").value("Not possible in the design's current state"));
    }

    @Test
    void aReviewWithoutAVerdictIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ROSA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"research\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verdict"))
                .andExpect(jsonPath("$.detail").value(containsString("verdict: ")));
        verify(submissions, never()).review(any(), anyLong(), any(), any(), any());
    }

    @Test
    void anUnknownVerdictIs400ListingTheVerdicts() throws Exception {
        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ROSA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"stage\": \"research\", \"verdict\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verdict"))
                .andExpect(jsonPath("$.detail").value("verdict: must be one of APPROVE, REQUEST_CHANGES, REJECT; got 'MAYBE'"));
    }

    @Test
    void aReviewThatLostARaceIs409AskingToReload() throws Exception {
        given(submissions.review(any(), anyLong(), anyString(), any(), any()))
                .willThrow(new DbActionExecutionException((DbAction<Object>) () -> Object.class,
                        new OptimisticLockingFailureException("version 3 of designs row 7 is gone")));

        mvc.perform(post("/api/v1/designs/7/reviews").with(as(ROSA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(APPROVE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/concurrent-change"))
                .andExpect(jsonPath("$.detail")
                        .value("someone else changed this design at the same time; reload and try again"));
    }

    @Test
    void aDesignTheUserMayNotSeeIs404BeforeAnyRuleIsChecked() throws Exception {
        given(visible.find(ROSA, 7)).willThrow(new DesignNotFoundException(7));

        mvc.perform(post("/api/v1/designs/7/submit").with(as(ROSA)).with(csrf()))
                .andExpect(status().isNotFound());
        verify(submissions, never()).submit(any(), anyLong());
    }

    @Test
    void withdrawingAnswersWithTheWithdrawnDesign() throws Exception {
        Design withdrawn = ApiFixtures.draft(7);
        withdrawn.withdraw(ERIN, ApiFixtures.NOW);
        given(submissions.withdraw(ERIN, 7)).willReturn(withdrawn);

        mvc.perform(post("/api/v1/designs/7/withdraw").with(as(ERIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("WITHDRAWN"));
    }

    @Test
    void aBugIs500WithoutItsDetails() throws Exception {
        given(submissions.submit(ERIN, 7)).willThrow(new IllegalStateException("secret internals at line 42"));

        mvc.perform(post("/api/v1/designs/7/submit").with(as(ERIN)).with(csrf()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/internal"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }
}
