package dev.tenet.web.problem;

import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.web.submission.InvalidDesignException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbAction;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = {ApiErrorsTests.Failing.class, ApiErrorsTests.Page.class})
@Import({ApiErrorsTests.Failing.class, ApiErrorsTests.Page.class})
@WithMockUser
class ApiErrorsTests {

    @Autowired
    MockMvc mvc;

    @RestController
    static class Failing {

        private static final DbAction<Object> UPDATE = () -> Object.class;

        @GetMapping("/api/v1/test/invalid-design")
        void invalidDesign() {
            throw new InvalidDesignException(List.of(Problem.error("design.yaml", new Position(4, 17), "found a tab"),
                    Problem.warning("design.yaml", new Position(12, 3), "key 'extensions' is empty")));
        }

        @GetMapping("/api/v1/test/lost-update")
        void lostUpdate() {
            throw new OptimisticLockingFailureException("row 7 has version 4, not 3");
        }

        @GetMapping("/api/v1/test/wrapped-lost-update")
        void wrappedLostUpdate() {
            throw new DbActionExecutionException(UPDATE, new OptimisticLockingFailureException("version"));
        }

        @GetMapping("/api/v1/test/wrapped-duplicate")
        void wrappedDuplicate() {
            throw new DbActionExecutionException(UPDATE, new DuplicateKeyException("designs_team_name"));
        }

        @GetMapping("/api/v1/test/wrapped-failure")
        void wrappedFailure() {
            throw new DbActionExecutionException(UPDATE, new IllegalStateException("disk on fire"));
        }

        @GetMapping("/api/v1/test/unknown-ref")
        void unknownRef() {
            throw new UnknownRevisionException("mian", "no branch, tag or commit 'mian' (did you mean 'main'?)");
        }

        @GetMapping("/api/v1/test/denied")
        void denied() {
            throw new AccessDeniedException("needs ADMIN");
        }

        @PostMapping(path = "/api/v1/test/body", consumes = MediaType.APPLICATION_JSON_VALUE)
        void body(@Valid @RequestBody Body body) {
        }

        record Body(@NotBlank String name) {
        }
    }

    @Controller
    static class Page {

        @GetMapping("/test/page")
        String page() {
            throw new InvalidDesignException(List.of());
        }
    }

    @Test
    void anInvalidDocumentIs422WithEveryProblemAndTheFirstOnesPosition() throws Exception {
        mvc.perform(get("/api/v1/test/invalid-design"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/invalid-design"))
                .andExpect(jsonPath("$.title").value("Invalid design document"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("design.yaml:4:17: found a tab (and 1 more)"))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/invalid-design"))
                .andExpect(jsonPath("$.line").value(4))
                .andExpect(jsonPath("$.column").value(17))
                .andExpect(jsonPath("$.problems[1].line").value(12))
                .andExpect(jsonPath("$.problems[1].message").value("warning: key 'extensions' is empty"));
    }

    @Test
    void aLostOptimisticLockIs409AskingToReload() throws Exception {
        mvc.perform(get("/api/v1/test/lost-update"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("someone else changed this design at the same time; reload and try again"))
                .andExpect(content().string(not(containsString("version 4"))));
    }

    @Test
    void aLostOptimisticLockWrappedBySpringDataJdbcIs409Too() throws Exception {
        mvc.perform(get("/api/v1/test/wrapped-lost-update"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/concurrent-change"));
    }

    @Test
    void aDuplicateKeyFromTwoCreationsAtOnceIs409() throws Exception {
        mvc.perform(get("/api/v1/test/wrapped-duplicate"))
                .andExpect(status().isConflict());
    }

    @Test
    void anyOtherDatabaseFailureIs500WithoutItsDetails() throws Exception {
        mvc.perform(get("/api/v1/test/wrapped-failure"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("disk"))))
                .andExpect(content().string(not(containsString("at dev.tenet"))));
    }

    @Test
    void anUnknownRefIs400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/test/unknown-ref"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("no branch, tag or commit 'mian' (did you mean 'main'?)"))
                .andExpect(jsonPath("$.ref").value("mian"));
    }

    @Test
    void aBlankFieldIs400NamingIt() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\": \" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("name: must not be blank"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/body"));
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{name"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Body"))));
    }

    @Test
    void aMissingBodyIs400WithoutTheMethodSignature() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(csrf()).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("the request body is missing or is not valid JSON"));
    }

    @Test
    void anUnsupportedMediaTypeIs415() throws Exception {
        mvc.perform(post("/api/v1/test/body").with(csrf()).contentType(MediaType.TEXT_PLAIN).content("name"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/body"));
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        mvc.perform(get("/api/v1/test/body"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void securityRefusalsAreLeftToTheSecurityFilters() throws Exception {
        mvc.perform(get("/api/v1/test/denied"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesAreLeftToTheirOwnErrorHandling() {
        assertThatThrownBy(() -> mvc.perform(get("/test/page")))
                .hasRootCauseInstanceOf(InvalidDesignException.class);
    }
}
