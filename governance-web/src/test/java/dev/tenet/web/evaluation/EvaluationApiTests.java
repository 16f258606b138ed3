package dev.tenet.web.evaluation;

import java.util.List;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.web.policy.BrokenPolicyLibraryException;
import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;
import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(EvaluationApi.class)
@Import({DryRun.class, EvaluationApiTests.FixedClock.class})
class EvaluationApiTests {

    private static final RequestPostProcessor ERIN = user(SignedInUser.of(new Actor("erin", "claims", Set.of("ENGINEER"))));
    private static PolicyBundle bundle;
    private static String claimsTriage;

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PolicyService policies;

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2030-03-01T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    @BeforeAll
    static void library() throws IOException {
        bundle = new BundleLoader().load(LibrarySource.worktree(TemporaryPolicyRepository.library())).value();
        claimsTriage = Files.readString(TemporaryPolicyRepository.library().resolve("examples/claims-triage.yaml"));
    }

    @BeforeEach
    void policies() {
        given(policies.current()).willReturn(bundle);
    }

    @Test
    void aYamlDesignComesBackEvaluatedInTheApisShape() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType("application/yaml").content(claimsTriage))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.policyCommit").value("worktree"))
                .andExpect(jsonPath("$.tier").value("high"))
                .andExpect(jsonPath("$.decision").value("PASS"))
                .andExpect(jsonPath("$.findings[0].policy").isString())
                .andExpect(jsonPath("$.findings[0].policyVersion").isString())
                .andExpect(jsonPath("$.findings[0].rule").isString())
                .andExpect(jsonPath("$.findings[0].outcome").isString())
                .andExpect(jsonPath("$.findings[0].enforcement").isString())
                .andExpect(jsonPath("$.findings[0].severity").isString())
                .andExpect(jsonPath("$.findings[0].message").isString())
                .andExpect(jsonPath("$.findings[0].remediation").isString())
                .andExpect(jsonPath("$.findings[0].values").isMap())
                .andExpect(jsonPath("$.attestations[0].id").isString())
                .andExpect(jsonPath("$.attestations[0].stage").isString())
                .andExpect(jsonPath("$.attestations[0].question").isString())
                .andExpect(jsonPath("$.attestations[0].status").isString());
    }

    @Test
    void textYamlIsAcceptedToo() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType("text/yaml").content(claimsTriage))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("PASS"));
    }

    @Test
    void theSameDocumentAsJsonGivesTheSameEvaluation() throws Exception {
        WorkloadDesign design = new DocumentReader().read("claims-triage.yaml", claimsTriage.getBytes(), WorkloadDesign.class)
                .value();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "tenet.dev/v1");
        document.put("kind", "WorkloadDesign");
        document.put("metadata", Map.of("name", design.name(), "team", design.team(), "owner", "erin"));
        document.put("spec", design.tree());
        String json = JsonMapper.shared().writeValueAsString(document);

        String fromYaml = mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType("application/yaml")
                .content(claimsTriage)).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk())
                .andExpect(content().json(fromYaml));
    }

    @Test
    void anotherRefIsEvaluatedAtThatRevision() throws Exception {
        given(policies.at("v1.0")).willReturn(bundle);

        mvc.perform(post("/api/v1/evaluations?ref=v1.0").with(ERIN).with(csrf()).contentType("application/yaml")
                        .content(claimsTriage))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownRefIs400NamingIt() throws Exception {
        given(policies.at("nope")).willThrow(new UnknownRevisionException("nope", "no branch, tag or commit 'nope'"));

        mvc.perform(post("/api/v1/evaluations?ref=nope").with(ERIN).with(csrf()).contentType("application/yaml")
                        .content(claimsTriage))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/unknown-ref"))
                .andExpect(jsonPath("$.detail").value(containsString("'nope'")))
                .andExpect(jsonPath("$.ref").value("nope"));
    }

    @Test
    void anUnknownRefDoesNotTellWhereTheRepositoryIsOnTheServer() throws Exception {
        given(policies.at("nope")).willThrow(new UnknownRevisionException("nope",
                "no revision 'nope' in /srv/tenet/data/policy-mirrors/x: try a branch, tag or commit id",
                "/srv/tenet/data/policy-mirrors/x"));

        mvc.perform(post("/api/v1/evaluations?ref=nope").with(ERIN).with(csrf()).contentType("application/yaml")
                        .content(claimsTriage))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("no revision 'nope': try a branch, tag or commit id"));
    }

    @Test
    void aRefWhoseLibraryDoesNotLoadIs422WithEveryProblemWhereItIs() throws Exception {
        given(policies.at("broken")).willThrow(new BrokenPolicyLibraryException("0123456789abcdef0123456789abcdef01234567",
                List.of(Problem.error("policies/fairness/x.yaml", new Position(4, 11), "unexpected ']'"))));

        mvc.perform(post("/api/v1/evaluations?ref=broken").with(ERIN).with(csrf()).contentType("application/yaml")
                        .content(claimsTriage))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://tenet.dev/problems/library-does-not-load"))
                .andExpect(jsonPath("$.commit").value("0123456789abcdef0123456789abcdef01234567"))
                .andExpect(jsonPath("$.problems[0].file").value("policies/fairness/x.yaml"))
                .andExpect(jsonPath("$.problems[0].line").value(4))
                .andExpect(jsonPath("$.problems[0].column").value(11))
                .andExpect(jsonPath("$.problems[0].message").value("unexpected ']'"));
    }

    @Test
    void aYamlErrorComesBackWithItsLineAndColumn() throws Exception {
        String broken = claimsTriage.replace("  decisionImpact: high", "  decisionImpact: [high");

        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType("application/yaml").content(broken))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.line").isNumber())
                .andExpect(jsonPath("$.column").isNumber())
                .andExpect(jsonPath("$.problems[0].file").value("design.yaml"))
                .andExpect(jsonPath("$.detail").value(containsString("design.yaml:")));
    }

    @Test
    void anUnknownKeyIsReportedWhereItIs() throws Exception {
        String misspelt = claimsTriage.replace("  decisionImpact: high", "  decisionImpcat: high");
        int line = lineOf(misspelt, "decisionImpcat");

        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType("application/yaml").content(misspelt))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(line))
                .andExpect(jsonPath("$.column").value(3))
                .andExpect(jsonPath("$.detail").value(containsString("decisionImpcat")));
    }

    @Test
    void plainTextIs415() throws Exception {
        mvc.perform(post("/api/v1/evaluations").with(ERIN).with(csrf()).contentType(MediaType.TEXT_PLAIN).content(claimsTriage))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private static int lineOf(String text, String needle) {
        return text.substring(0, text.indexOf(needle)).split("\n", -1).length;
    }
}
