package dev.tenet.web.design;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.InvalidDesignException;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(SubmitController.class)
class SubmitControllerTest {

    static final String YAML = "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata:\n  name: claims-triage\n"
            + "  team: claims\nspec:\n  descripton: " + XSS + "\n";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    SubmissionService submissions;

    @Test
    void offersAnUploadAndAPasteFieldWithLabels() throws Exception {
        mvc.perform(get("/designs/new").with(as(ERIN)))
                .andExpect(status().isOk())
                .andExpect(view().name(SubmitController.VIEW))
                .andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
                        containsString("<label for=\"design-file\""), containsString("<label for=\"design-yaml\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void savesAPastedDesignAndGoesToItsPage() throws Exception {
        given(submissions.save(any(), any(), any())).willReturn(new SubmissionService.Saved(designWithId(42), true));

        mvc.perform(post("/designs/new").with(as(ERIN)).with(csrf()).param("yaml", YAML))
                .andExpect(redirectedUrl("/designs/42"))
                .andExpect(flash().attribute("successMessage", "The design is saved as a draft."));
        verify(submissions).save(ERIN, "design.yaml", YAML);
    }

    @Test
    void savesAnUploadedFileUnderItsOwnName() throws Exception {
        given(submissions.save(any(), any(), any())).willReturn(new SubmissionService.Saved(designWithId(42), false));
        MockMultipartFile file = new MockMultipartFile("file", "C:\\work\\claims-triage.yaml", "application/yaml",
                YAML.getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/designs/new").file(file).with(as(ERIN)).with(csrf()))
                .andExpect(redirectedUrl("/designs/42"))
                .andExpect(flash().attribute("successMessage", containsString("new revision")));
        verify(submissions).save(eq(ERIN), eq("claims-triage.yaml"), eq(YAML));
    }

    @Test
    void listsTheProblemsByLineAndColumnAndMarksTheirLines() throws Exception {
        given(submissions.save(any(), any(), any())).willThrow(invalid(
                Problem.error("design.yaml", new Position(7, 3), "unknown key 'descripton' (did you mean 'description'?)"),
                Problem.error("design.yaml", new Position(7, 3), "missing required key 'description'")));

        mvc.perform(post("/designs/new").with(as(ERIN)).with(csrf()).param("yaml", YAML))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeExists("listing"))
                .andExpect(content().string(allOf(
                        containsString("2 problems"),
                        containsString("<a href=\"#line-7\">line 7, column 3</a>"),
                        containsString("unknown key &#39;descripton&#39; (did you mean &#39;description&#39;?)"),
                        containsString("<tr id=\"line-7\" class=\"highlighted\">"),
                        containsString("<th scope=\"row\">7</th>"),
                        containsString("<span aria-hidden=\"true\">  ^</span>"),
                        containsString("<tr id=\"line-6\">"))));
    }

    @Test
    void reShowsTheTextOfADesignThatDoesNotReadEscaped() throws Exception {
        given(submissions.save(any(), any(), any())).willThrow(invalid(
                Problem.error("design.yaml", new Position(7, 3), "unknown key")));

        mvc.perform(post("/designs/new").with(as(ERIN)).with(csrf()).param("yaml", YAML))
                .andExpect(content().string(allOf(not(containsString(XSS)),
                        containsString("descripton: " + XSS_ESCAPED + "\n</textarea>"),
                        containsString("<td>  descripton: " + XSS_ESCAPED + "</td>"))));
    }

    @Test
    void asksForSomething() throws Exception {
        mvc.perform(post("/designs/new").with(as(ERIN)).with(csrf()).param("yaml", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Upload a file or paste")));
        verifyNoInteractions(submissions);
    }

    @Test
    void showsWhyTheWorkflowRefusedTheDesign() throws Exception {
        given(submissions.save(any(), any(), any())).willThrow(WorkflowRefusals.forbidden(
                "riley may not change claims/claims-triage: only engineers of team 'claims' may"));

        mvc.perform(post("/designs/new").with(as(RILEY)).with(csrf()).param("yaml", YAML))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("only engineers of team &#39;claims&#39; may")));
    }

    @Test
    void refusesAPostWithoutTheCsrfToken() throws Exception {
        mvc.perform(post("/designs/new").with(as(ERIN)).param("yaml", YAML)).andExpect(status().isForbidden());
        verifyNoInteractions(submissions);
    }

    private static InvalidDesignException invalid(Problem... problems) throws ReflectiveOperationException {
        Constructor<InvalidDesignException> constructor = InvalidDesignException.class.getDeclaredConstructor(List.class);
        constructor.setAccessible(true);
        return constructor.newInstance(List.of(problems));
    }

    private static Design designWithId(long id) throws ReflectiveOperationException {
        Design design = Design.draft("claims", "claims-triage", "erin", Instant.parse("2026-03-01T09:30:00Z"));
        Field field = Design.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(design, id);
        return design;
    }
}
