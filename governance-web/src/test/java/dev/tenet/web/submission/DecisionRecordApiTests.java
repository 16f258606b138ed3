package dev.tenet.web.submission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static dev.tenet.web.submission.ApiFixtures.as;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DecisionRecordApi.class)
class DecisionRecordApiTests {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    VisibleDesigns visible;
    @MockitoBean
    DecisionRecords records;

    @BeforeEach
    void anApprovedDesign() {
        Design design = ApiFixtures.draft(7);
        given(visible.find(RILEY, 7)).willReturn(design);
        given(records.of(design)).willReturn(DecisionRecordFixtures.approved());
    }

    @Test
    void theRecordIsJsonByDefault() throws Exception {
        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.yamlDigest").value("ab12"))
                .andExpect(jsonPath("$.policyCommit").value("c0ffee"))
                .andExpect(jsonPath("$.findings.WAIVED[0].waiver.approver").value("pat"))
                .andExpect(jsonPath("$.attestations[0].evidence").value("https://wiki.example/legal_review"))
                .andExpect(jsonPath("$.signOffs.length()").value(2))
                .andExpect(jsonPath("$.signOffs[0].counts").value(true))
                .andExpect(jsonPath("$.audit.hash").value("9f86d081"));
    }

    @Test
    void theRecordIsMarkdownWhenAskedFor() throws Exception {
        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)).accept("text/markdown"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(startsWith("# Decision record: claims/claims-triage\n")));
    }

    @Test
    void theClientsPreferenceDecidesBetweenMarkdownAndJson() throws Exception {
        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)).header("Accept", "application/json;q=0.5, text/markdown"))
                .andExpect(content().contentTypeCompatibleWith("text/markdown"));
        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)).header("Accept", "text/markdown;q=0.5, application/json"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void aDesignThatIsNotApprovedHasNoRecord409EvenWhenMarkdownIsAskedFor() throws Exception {
        given(records.of(any())).willThrow(WorkflowException.conflict("design claims/claims-triage is IN_REVIEW"));

        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)).accept("text/markdown"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("design claims/claims-triage is IN_REVIEW"));
    }

    @Test
    void anotherFormatIs406() throws Exception {
        mvc.perform(get("/api/v1/designs/7/record").with(as(RILEY)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable());
    }
}
