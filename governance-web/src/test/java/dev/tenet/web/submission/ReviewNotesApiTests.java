package dev.tenet.web.submission;

import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static dev.tenet.web.submission.ApiFixtures.NOW;
import static dev.tenet.web.submission.ApiFixtures.PAT;
import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static dev.tenet.web.submission.ApiFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReviewNotesApi.class)
@Import({DesignViews.class, ReviewNotesApiTests.FixedClock.class})
class ReviewNotesApiTests {

    private static final String HARM = """
            {"harm": "urgent claims of non-native speakers are ranked lower", "affectedGroup": "claimants",
             "likelihood": "medium", "severity": "high", "mitigation": "subgroup evaluation every release"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubmissionService submissions;
    @MockitoBean
    VisibleDesigns visible;
    @MockitoBean
    PolicyService policies;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @BeforeEach
    void policyLibrary() {
        given(policies.current()).willReturn(ApiFixtures.bundle());
        given(policies.at(anyString())).willReturn(ApiFixtures.bundle());
        given(visible.find(any(), anyLong())).willReturn(ApiFixtures.draft(7));
    }

    @Test
    void aWaiverIsGrantedWith201() throws Exception {
        given(submissions.grantWaiver(PAT, 7, "privacy.limit-retention", "retention-limit", "archived claims",
                LocalDate.of(2030, 12, 31))).willReturn(ApiFixtures.inResearch(7));

        mvc.perform(post("/api/v1/designs/7/waivers").with(as(PAT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"policy": "privacy.limit-retention", "rule": "retention-limit",
                                 "justification": "archived claims", "expires": "2030-12-31"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(7));
    }

    @Test
    void aWaiverOfAHardMandatoryRuleIsRefusedWith400() throws Exception {
        given(submissions.grantWaiver(any(), anyLong(), anyString(), anyString(), anyString(), any()))
                .willThrow(WorkflowException.invalid("accountability.human-oversight/human-in-the-loop is hard-mandatory:"
                        + " hard-mandatory rules cannot be waived"));

        mvc.perform(post("/api/v1/designs/7/waivers").with(as(PAT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"policy": "accountability.human-oversight", "rule": "human-in-the-loop",
                                 "justification": "please", "expires": "2030-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/invalid-request"))
                .andExpect(jsonPath("$.detail").value(containsString("cannot be waived")));
    }

    @Test
    void aWaiverWithoutJustificationIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/designs/7/waivers").with(as(PAT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"policy": "privacy.limit-retention", "rule": "retention-limit", "expires": "2030-12-31"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
    }

    @Test
    void aMalformedExpiryIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/designs/7/waivers").with(as(PAT)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"policy": "p", "rule": "r", "justification": "j", "expires": "next year"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expires"))
                .andExpect(jsonPath("$.detail").value("expires: must be a date like 2030-12-31; got 'next year'"));
    }

    @Test
    void anAnswerIsRecordedWith200() throws Exception {
        given(submissions.recordAnswer(PAT, 7, "legal-review", true, "https://wiki.example/legal"))
                .willReturn(ApiFixtures.inResearch(7));

        mvc.perform(post("/api/v1/designs/7/attestations").with(as(PAT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"legal-review\", \"answer\": true, \"evidence\": \"https://wiki.example/legal\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void anAnswerWithoutYesOrNoIs400() throws Exception {
        mvc.perform(post("/api/v1/designs/7/attestations").with(as(PAT)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"legal-review\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answer"));
        verify(submissions, never()).recordAnswer(any(), anyLong(), any(), anyBoolean(), any());
    }

    @Test
    void aHarmIsRecordedBySignedInResearcherWith201() throws Exception {
        given(submissions.recordHarm(any(), anyLong(), any())).willReturn(ApiFixtures.inResearch(7));

        mvc.perform(post("/api/v1/designs/7/harms").with(as(RILEY)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(HARM))
                .andExpect(status().isCreated());
        verify(submissions).recordHarm(RILEY, 7, new Harm("urgent claims of non-native speakers are ranked lower",
                "claimants", "medium", "high", "subgroup evaluation every release", "riley", NOW));
    }

    @Test
    void aHarmOffTheLikelihoodScaleIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/designs/7/harms").with(as(RILEY)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(HARM.replace("\"medium\"", "\"certain\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("likelihood: must be low, medium or high"));
    }

    @Test
    void aHarmOffTheSeverityScaleIs400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/designs/7/harms").with(as(RILEY)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(HARM.replace("\"high\"", "\"catastrophic\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("severity: must be low, medium, high or critical"));
    }

    @Test
    void aHarmSentAsAFormIs415() throws Exception {
        mvc.perform(post("/api/v1/designs/7/harms").with(as(RILEY)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("harm=x"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
