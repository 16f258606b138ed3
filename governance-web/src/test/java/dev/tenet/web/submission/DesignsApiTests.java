package dev.tenet.web.submission;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static dev.tenet.web.submission.ApiFixtures.ERIN;
import static dev.tenet.web.submission.ApiFixtures.RILEY;
import static dev.tenet.web.submission.ApiFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DesignsApi.class)
@Import(DesignViews.class)
class DesignsApiTests {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

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
    }

    @Test
    void aNewDesignIsCreatedWith201AndItsLocation() throws Exception {
        given(submissions.save(eq(ERIN), eq("design.yaml"), anyString()))
                .willReturn(new SubmissionService.Saved(ApiFixtures.draft(7), true));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML)
                        .content(ApiFixtures.example("claims-triage")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/designs/7")))
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.team").value("claims"))
                .andExpect(jsonPath("$.name").value("claims-triage"))
                .andExpect(jsonPath("$.owner").value("erin"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.stage").isEmpty())
                .andExpect(jsonPath("$.signOffs").isEmpty())
                .andExpect(jsonPath("$.version").value(0));
        verify(submissions).save(ERIN, "design.yaml", ApiFixtures.example("claims-triage"));
    }

    @Test
    void anotherRevisionOfAnExistingDesignIs200() throws Exception {
        given(submissions.save(any(), anyString(), anyString()))
                .willReturn(new SubmissionService.Saved(ApiFixtures.draft(7), false));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML).content("yaml"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/yaml", "application/json", "application/yaml;charset=UTF-8"})
    void aDesignIsAlsoAcceptedAs(String mediaType) throws Exception {
        given(submissions.save(any(), anyString(), anyString()))
                .willReturn(new SubmissionService.Saved(ApiFixtures.draft(7), true));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(mediaType).content("{}"))
                .andExpect(status().isCreated());
    }

    @Test
    void aBodyThatIsNeitherYamlNorJsonIs415() throws Exception {
        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void aDocumentThatDoesNotReadIs422WithTheLineAndColumnOfEachProblem() throws Exception {
        given(submissions.save(any(), anyString(), anyString())).willThrow(new InvalidDesignException(List.of(
                Problem.error("design.yaml", new Position(3, 5), "unknown key 'nmae' (did you mean 'name'?)"),
                Problem.error("design.yaml", new Position(9, 1), "missing key 'spec'"))));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML).content("broken"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/invalid-design"))
                .andExpect(jsonPath("$.title").value("Invalid design document"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(containsString("design.yaml:3:5: unknown key 'nmae'")))
                .andExpect(jsonPath("$.instance").value("/api/v1/designs"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.column").value(5))
                .andExpect(jsonPath("$.problems.length()").value(2))
                .andExpect(jsonPath("$.problems[1].file").value("design.yaml"))
                .andExpect(jsonPath("$.problems[1].line").value(9))
                .andExpect(jsonPath("$.problems[1].column").value(1))
                .andExpect(jsonPath("$.problems[1].message").value("missing key 'spec'"));
    }

    @Test
    void aDocumentThatIsNotUtf8Is422() throws Exception {
        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML)
                        .content(new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(1))
                .andExpect(jsonPath("$.detail").value(containsString("not UTF-8")));
        verify(submissions, never()).save(any(), anyString(), anyString());
    }

    @Test
    void aDesignOfAnotherTeamIs403() throws Exception {
        given(submissions.save(any(), anyString(), anyString()))
                .willThrow(WorkflowException.forbidden("erin may not change talent/resume-screener"));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML).content("yaml"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/forbidden"))
                .andExpect(jsonPath("$.detail").value("erin may not change talent/resume-screener"));
    }

    @Test
    void aDesignReadsWithItsSignOffsAndTheStagesDeadline() throws Exception {
        given(visible.find(RILEY, 7)).willReturn(ApiFixtures.inResearch(7));

        mvc.perform(get("/api/v1/designs/7").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("IN_REVIEW"))
                .andExpect(jsonPath("$.stage").value("research"))
                .andExpect(jsonPath("$.tier").value("high"))
                .andExpect(jsonPath("$.decision").value("PASS"))
                .andExpect(jsonPath("$.policyCommit").value("worktree"))
                .andExpect(jsonPath("$.submittedBy").value("erin"))
                .andExpect(jsonPath("$.signOffs.length()").value(1))
                .andExpect(jsonPath("$.signOffs[0].stage").value("research"))
                .andExpect(jsonPath("$.signOffs[0].reviewer").value("riley"))
                .andExpect(jsonPath("$.signOffs[0].verdict").value("APPROVE"))
                .andExpect(jsonPath("$.signOffs[0].comment").value("harms are covered"))
                .andExpect(jsonPath("$.signOffs[0].at").value("2030-03-01T09:01:00Z"))
                .andExpect(jsonPath("$.stageEnteredAt").value("2030-03-01T09:00:00Z"))
                .andExpect(jsonPath("$.slaDueAt").value("2030-03-06T09:00:00Z"));
    }

    @Test
    void aDesignTheUserMayNotSeeIs404LikeOneThatDoesNotExist() throws Exception {
        given(visible.find(RILEY, 7)).willThrow(new DesignNotFoundException(7));

        mvc.perform(get("/api/v1/designs/7").with(as(RILEY)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("no design 7"))
                .andExpect(jsonPath("$.instance").value("/api/v1/designs/7"));
    }

    @Test
    void theListIsAPageOfWhatTheUserMaySee() throws Exception {
        given(visible.page(RILEY, new VisibleDesigns.Filter(DesignState.IN_REVIEW, "research", null), 1, 5))
                .willReturn(new VisibleDesigns.Page(List.of(ApiFixtures.inResearch(7)), 1, 5, 6));

        mvc.perform(get("/api/v1/designs?state=IN_REVIEW&stage=research&page=1&size=5").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(7))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.total").value(6));
    }

    @Test
    void anUnknownStateFilterIs400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/designs?state=LOST").with(as(RILEY)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("state: must be one of DRAFT, IN_REVIEW")))
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    @Test
    void aPageLargerThan100Is400NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/designs?size=500").with(as(RILEY)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.detail").value(containsString("size: ")));
    }

    @Test
    void theEvaluationIsThePinnedJsonExactlyAsStored() throws Exception {
        Design design = ApiFixtures.inResearch(7);
        given(visible.find(RILEY, 7)).willReturn(design);

        mvc.perform(get("/api/v1/designs/7/evaluation").with(as(RILEY)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(design.evaluation()));
    }

    @Test
    void aDraftHasNoEvaluationYet409() throws Exception {
        given(visible.find(ERIN, 7)).willReturn(ApiFixtures.draft(7));

        mvc.perform(get("/api/v1/designs/7/evaluation").with(as(ERIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("not submitted yet")));
    }

    @Test
    void theSignedInEngineerIsTheActorOfASave() throws Exception {
        given(submissions.save(any(), anyString(), anyString()))
                .willReturn(new SubmissionService.Saved(ApiFixtures.draft(7), true));

        mvc.perform(post("/api/v1/designs").with(as(ERIN)).with(csrf()).contentType(YAML).content("é: ü"));

        verify(submissions).save(ERIN, "design.yaml", "é: ü");
        verify(visible, never()).find(any(), anyLong());
    }
}
