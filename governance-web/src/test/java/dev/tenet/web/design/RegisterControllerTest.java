package dev.tenet.web.design;

import dev.tenet.web.submission.Harm;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static dev.tenet.web.design.PageFixtures.PAT;
import static dev.tenet.web.design.PageFixtures.RILEY;
import static dev.tenet.web.design.PageFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(RegisterController.class)
@Import({PageOutcome.class, TestClock.class})
class RegisterControllerTest {

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
    void recordsAHarmInTheRiskRegister() throws Exception {
        mvc.perform(post("/designs/7/harms").with(as(RILEY)).with(csrf())
                        .param("harm", "Urgent claims are missed").param("affectedGroup", "claimants")
                        .param("likelihood", "medium").param("severity", "high").param("mitigation", "Human review"))
                .andExpect(redirectedUrl("/designs/7"))
                .andExpect(flash().attribute("successMessage", "The harm is in the risk register."));
        verify(submissions).recordHarm(RILEY, 7L, new Harm("Urgent claims are missed", "claimants", "medium", "high",
                "Human review", "riley", TestClock.NOW));
    }

    @Test
    void asksForEveryFieldOfAHarmAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/designs/7/harms").with(as(RILEY)).with(csrf())
                        .param("harm", "Urgent claims are missed").param("likelihood", "medium"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Fill in every field of the harm"),
                        containsString("value=\"Urgent claims are missed\""))));
        verifyNoInteractions(submissions);
    }

    @Test
    void grantsAWaiverOfOneRuleUntilADate() throws Exception {
        mvc.perform(post("/designs/7/waivers").with(as(PAT)).with(csrf())
                        .param("finding", "privacy.limit-retention/retention-limit")
                        .param("justification", "Legal hold").param("expires", "2026-12-31"))
                .andExpect(redirectedUrl("/designs/7"));
        verify(submissions).grantWaiver(PAT, 7L, "privacy.limit-retention", "retention-limit", "Legal hold",
                LocalDate.of(2026, 12, 31));
    }

    @Test
    void showsWhyAWaiverIsRefused() throws Exception {
        given(submissions.grantWaiver(any(), anyLong(), any(), any(), any(), any())).willThrow(WorkflowRefusals.invalid(
                "accountability.human-oversight/human-in-the-loop is hard-mandatory: hard-mandatory rules cannot be waived"));

        mvc.perform(post("/designs/7/waivers").with(as(PAT)).with(csrf())
                        .param("finding", "accountability.human-oversight/human-in-the-loop")
                        .param("justification", "why not").param("expires", "2026-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("hard-mandatory rules cannot be waived")));
    }

    @Test
    void asksForTheWaiversExpiryAsADate() throws Exception {
        mvc.perform(post("/designs/7/waivers").with(as(PAT)).with(csrf())
                        .param("finding", "privacy.limit-retention/retention-limit").param("expires", "next year"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("expiry date as a date")));
        verifyNoInteractions(submissions);
    }

    @Test
    void recordsAnAttestationAnswerWithItsEvidence() throws Exception {
        mvc.perform(post("/designs/7/attestations").with(as(RILEY)).with(csrf())
                        .param("attestation", "training-data-review").param("answer", "true")
                        .param("evidence", "https://wiki.example/review"))
                .andExpect(redirectedUrl("/designs/7"));
        verify(submissions).recordAnswer(eq(RILEY), eq(7L), eq("training-data-review"), eq(true),
                eq("https://wiki.example/review"));
    }

    @Test
    void refusesRecordsWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/designs/7/attestations").with(as(RILEY))
                        .param("attestation", "training-data-review").param("answer", "true"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(submissions);
    }
}
