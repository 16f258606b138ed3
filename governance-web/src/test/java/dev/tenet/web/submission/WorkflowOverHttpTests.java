package dev.tenet.web.submission;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The review workflow end to end over real HTTP on loopback: H2, a temporary git policy
 * repository holding this checkout's library, real users signing in with HTTP Basic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "tenet.admin.username=root-admin", "tenet.admin.password=" + WorkflowOverHttpTests.PASSWORD})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowOverHttpTests {

    static final String PASSWORD = "correct-horse-battery";
    private static final String CONCURRENT = "someone else changed this design at the same time; reload and try again";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @MockitoSpyBean
    DesignEvaluations evaluations;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-workflow-test");
    }

    @BeforeAll
    void people() {
        person("ellis", "claims", "ENGINEER");
        person("nora", "claims", "ENGINEER", "RESEARCH");
        person("tess", "talent", "ENGINEER");
        person("stan", "streaming", "ENGINEER");
        person("lena", "legal-ops", "ENGINEER");
        person("cara", "customer-care", "ENGINEER");
        person("rhea", "", "RESEARCH");
        person("remy", "", "RESEARCH");
        person("dual", "", "RESEARCH", "POLICY");
        person("paula", "", "POLICY");
        person("enzo", "", "ENGINEERING");
        person("bram", "", "BOARD");
        person("bela", "", "BOARD");
    }

    @Test
    void aHighRiskDesignIsApprovedByEveryStageInTurnAndGetsItsDecisionRecord() {
        HttpResponse<String> created = as("ellis").postYaml("/api/v1/designs", example("claims-triage"));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = ApiClient.json(created).path("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/designs/" + id));
        assertThat(ApiClient.json(created).path("owner").asString()).isEqualTo("ellis");

        JsonNode submitted = ok(as("ellis").post("/api/v1/designs/" + id + "/submit"));
        assertThat(submitted.path("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(submitted.path("tier").asString()).isEqualTo("high");
        assertThat(submitted.path("decision").asString()).isEqualTo("PASS");
        assertThat(submitted.path("slaDueAt").isString()).isTrue();

        assertThat(approve("rhea", id, "research").path("stage").asString()).isEqualTo("research");
        assertThat(approve("remy", id, "research").path("stage").asString()).isEqualTo("policy");
        answerOpenAttestations("paula", id, "policy");
        assertThat(approve("paula", id, "policy").path("stage").asString()).isEqualTo("engineering");
        answerOpenAttestations("enzo", id, "engineering");
        assertThat(approve("enzo", id, "engineering").path("stage").asString()).isEqualTo("board");
        answerOpenAttestations("bram", id, "board");
        assertThat(approve("bram", id, "board").path("state").asString()).isEqualTo("IN_REVIEW");
        JsonNode approved = approve("bela", id, "board");

        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("stage").isNull()).isTrue();
        assertThat(approved.path("signOffs").size()).isEqualTo(6);
        assertThat(approved.path("signOffs").get(5).path("reviewer").asString()).isEqualTo("bela");

        JsonNode record = ok(as("ellis").get("/api/v1/designs/" + id + "/record"));
        assertThat(record.path("decision").asString()).isEqualTo("PASS");
        assertThat(record.path("tier").asString()).isEqualTo("high");
        assertThat(record.path("yamlDigest").asString()).isEqualTo(DesignEvaluations.digest(example("claims-triage")));
        assertThat(record.path("policyCommit").asString()).hasSize(40);
        assertThat(record.path("findings").path("PASS").size()).isPositive();
        assertThat(record.path("signOffs").size()).isEqualTo(6);
        assertThat(record.path("audit").path("hash").asString()).hasSize(64);
        HttpResponse<String> markdown = as("bela").get("/api/v1/designs/" + id + "/record", "text/markdown");
        assertThat(markdown.statusCode()).isEqualTo(200);
        assertThat(markdown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(markdown.body()).startsWith("# Decision record: claims/claims-triage\n")
                .contains("## Sign-off timeline").contains("bela APPROVE");
        assertThat(as("bela").get("/api/v1/designs/" + id + "/record", "text/markdown").body()).isEqualTo(markdown.body());
    }

    @Test
    void theEvaluationEndpointAnswersThePinnedEvaluationAndDraftsHaveNone() {
        long id = create("ellis", example("claims-triage").replace("name: claims-triage", "name: claims-pinned"));
        assertThat(as("ellis").get("/api/v1/designs/" + id + "/evaluation").statusCode()).isEqualTo(409);
        assertThat(as("ellis").get("/api/v1/designs/" + id + "/record").statusCode()).isEqualTo(409);

        ok(as("ellis").post("/api/v1/designs/" + id + "/submit"));
        JsonNode evaluation = ok(as("ellis").get("/api/v1/designs/" + id + "/evaluation"));

        assertThat(evaluation.path("decision").asString()).isEqualTo("PASS");
        assertThat(evaluation.path("findings").size()).isPositive();
        assertThat(evaluation.path("attestations").size()).isPositive();
        assertThat(as("ellis").get("/api/v1/designs/" + id + "/evaluation").body())
                .isEqualTo(jdbc.sql("SELECT evaluation FROM designs WHERE id = ?").param(id).query(String.class).single());
    }

    @Test
    void separationOfDutiesKeepsTheOwnerFromReviewingAndAReviewerToOneStage() {
        long own = create("nora", example("claims-triage").replace("name: claims-triage", "name: claims-nora"));
        ok(as("nora").post("/api/v1/designs/" + own + "/submit"));
        HttpResponse<String> byOwner = review("nora", own, "research", "APPROVE");
        assertThat(byOwner.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(byOwner).path("detail").asString()).contains("separation of duties");

        long id = submitted("ellis", example("claims-triage").replace("name: claims-triage", "name: claims-dual"));
        approve("dual", id, "research");
        approve("rhea", id, "research");
        HttpResponse<String> secondStage = review("dual", id, "policy", "APPROVE");
        assertThat(secondStage.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(secondStage).path("detail").asString())
                .contains("separation of duties: dual signed the research stage");
    }

    @Test
    void theWrongRoleIs403AndTheWrongStage409() {
        long id = submitted("ellis", example("claims-triage").replace("name: claims-triage", "name: claims-stages"));

        assertThat(review("enzo", id, "research", "APPROVE").statusCode()).isEqualTo(403);
        HttpResponse<String> wrongStage = review("paula", id, "policy", "APPROVE");
        assertThat(wrongStage.statusCode()).isEqualTo(409);
        assertThat(wrongStage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(wrongStage).path("detail").asString()).contains("is at stage 'research', not 'policy'");
    }

    @Test
    void aBlockedDesignCannotBeApprovedAndItsHardMandatoryFailuresCannotBeWaived() {
        long id = submitted("tess", example("resume-screener"));
        assertThat(design(id).path("decision").asString()).isEqualTo("BLOCKED");

        HttpResponse<String> approval = review("rhea", id, "research", "APPROVE");
        assertThat(approval.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(approval).path("detail").asString()).contains("BLOCKED");

        JsonNode hard = failing(id, "hard-mandatory").get(0);
        HttpResponse<String> waiver = waive("paula", id, hard);
        assertThat(waiver.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(waiver).path("detail").asString()).contains("hard-mandatory rules cannot be waived");
        assertThat(design(id).path("waivers").size()).isZero();
    }

    @Test
    void aDesignThatNeedsAWaiverIsApprovedOnceThePolicyStageGrantsIt() {
        long id = submitted("stan", example("media-recommendations"));
        assertThat(design(id).path("decision").asString()).isEqualTo("NEEDS_WAIVER");
        approve("rhea", id, "research");
        answerOpenAttestations("paula", id, "policy");
        assertThat(review("paula", id, "policy", "APPROVE").statusCode()).isEqualTo(409);

        for (JsonNode finding : failing(id, "soft-mandatory")) {
            assertThat(waive("paula", id, finding).statusCode()).isEqualTo(201);
        }
        assertThat(design(id).path("decision").asString()).isIn("PASS", "PASS_WITH_ADVICE");
        assertThat(design(id).path("waivers").size()).isEqualTo(2);
        approve("paula", id, "policy");
        answerOpenAttestations("enzo", id, "engineering");
        JsonNode approved = approve("enzo", id, "engineering");

        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        JsonNode record = ok(as("stan").get("/api/v1/designs/" + id + "/record"));
        assertThat(record.path("findings").path("WAIVED").size()).isEqualTo(2);
        assertThat(record.path("waivers").get(0).path("approver").asString()).isEqualTo("paula");
    }

    @Test
    void aNewRevisionVoidsEverySignOffAndStartsAgainAtTheFirstStage() {
        String yaml = example("contract-clause-extractor");
        long id = submitted("lena", yaml);
        assertThat(approve("rhea", id, "research").path("stage").asString()).isEqualTo("policy");

        HttpResponse<String> revised = as("lena").postYaml("/api/v1/designs", yaml.replace("extensions: {}", "extensions: {x: 1}"));
        assertThat(revised.statusCode()).isEqualTo(200);
        JsonNode draft = ApiClient.json(revised);
        assertThat(draft.path("id").asLong()).isEqualTo(id);
        assertThat(draft.path("revision").asInt()).isEqualTo(2);
        assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("signOffs").size()).isZero();

        JsonNode resubmitted = ok(as("lena").post("/api/v1/designs/" + id + "/submit"));
        assertThat(resubmitted.path("stage").asString()).isEqualTo("research");
        assertThat(resubmitted.path("signOffs").size()).isZero();
    }

    @Test
    void twoReviewersApprovingAtTheSameMomentNeverBothCountAndTheLoserMayRetry() throws Exception {
        long id = submitted("cara", example("support-assistant"));
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        doAnswer(call -> {
            bothLoaded.await(20, TimeUnit.SECONDS); // each request has read the design before either saves
            return call.callRealMethod();
        }).when(evaluations).evaluate(any(), any(), any(), any());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String reviewer : List.of("rhea", "remy")) {
            answers.add(threads.submit(() -> {
                start.await();
                return review(reviewer, id, "research", "APPROVE");
            }));
        }
        start.countDown();
        HttpResponse<String> first = answers.get(0).get(60, TimeUnit.SECONDS);
        HttpResponse<String> second = answers.get(1).get(60, TimeUnit.SECONDS);
        threads.shutdown();
        doAnswer(call -> call.callRealMethod()).when(evaluations).evaluate(any(), any(), any(), any());

        assertThat(List.of(first.statusCode(), second.statusCode())).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> lost = first.statusCode() == 409 ? first : second;
        assertThat(ApiClient.json(lost).path("detail").asString()).isEqualTo(CONCURRENT);
        assertThat(design(id).path("signOffs").size()).isEqualTo(1);
        assertThat(design(id).path("stage").asString()).isEqualTo("research");

        String loser = lost == first ? "rhea" : "remy";
        JsonNode retried = approve(loser, id, "research");
        assertThat(retried.path("signOffs").size()).isEqualTo(2);
        assertThat(retried.path("stage").asString()).isEqualTo("policy");
    }

    @Test
    void aDryRunEvaluatesWithoutStoringAnything() {
        Map<String, Long> before = counts();

        HttpResponse<String> dryRun = as("ellis").postYaml("/api/v1/evaluations", example("claims-triage"));
        HttpResponse<String> atMain = as("ellis").postYaml("/api/v1/evaluations?ref=main", example("claims-triage"));
        HttpResponse<String> unknown = as("ellis").postYaml("/api/v1/evaluations?ref=no-such-branch", example("claims-triage"));

        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(dryRun).path("tier").asString()).isEqualTo("high");
        assertThat(ApiClient.json(dryRun).path("decision").asString()).isEqualTo("PASS");
        assertThat(atMain.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(atMain).path("policyCommit")).isEqualTo(ApiClient.json(dryRun).path("policyCommit"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(unknown).path("detail").asString()).contains("no-such-branch");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void yamlErrorsComeBackWithTheirLineAndColumn() {
        String broken = "apiVersion: tenet.dev/v1\nkind: WorkloadDesign\nmetadata:\n  name: [broken\n  team: claims\n";

        HttpResponse<String> saved = as("ellis").postYaml("/api/v1/designs", broken);
        HttpResponse<String> dryRun = as("ellis").post("/api/v1/evaluations", "text/yaml", broken);

        for (HttpResponse<String> response : List.of(saved, dryRun)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.path("line").asInt()).isBetween(4, 6);
            assertThat(problem.path("column").asInt()).isPositive();
            assertThat(problem.path("problems").get(0).path("file").asString()).isEqualTo("design.yaml");
        }
    }

    @Test
    void engineersSeeTheirTeamsDesignsAndReviewersWhatWasSubmitted() {
        long draft = create("ellis", example("claims-triage").replace("name: claims-triage", "name: claims-hidden"));

        assertThat(as("tess").get("/api/v1/designs/" + draft).statusCode()).isEqualTo(404);
        assertThat(as("tess").post("/api/v1/designs/" + draft + "/submit").statusCode()).isEqualTo(404);
        assertThat(as("rhea").get("/api/v1/designs/" + draft).statusCode()).isEqualTo(404);
        assertThat(as("ellis").get("/api/v1/designs/" + draft).statusCode()).isEqualTo(200);
        assertThat(as("root-admin").get("/api/v1/designs/" + draft).statusCode()).isEqualTo(200);
        assertThat(ids(as("tess").get("/api/v1/designs?size=100"))).doesNotContain(draft);
        assertThat(ids(as("ellis").get("/api/v1/designs?team=claims&size=100"))).contains(draft);

        ok(as("ellis").post("/api/v1/designs/" + draft + "/submit"));
        assertThat(as("rhea").get("/api/v1/designs/" + draft).statusCode()).isEqualTo(200);
        assertThat(ids(as("rhea").get("/api/v1/designs?state=IN_REVIEW&stage=research&size=100"))).contains(draft);
        assertThat(ids(as("rhea").get("/api/v1/designs?stage=board&size=100"))).doesNotContain(draft);
        JsonNode page = ok(as("rhea").get("/api/v1/designs?size=1&page=0"));
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aDesignForAnotherTeamIsRefused() {
        HttpResponse<String> refused = as("tess").postYaml("/api/v1/designs",
                example("claims-triage").replace("name: claims-triage", "name: claims-not-tess"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(refused).path("detail").asString()).contains("only engineers of team 'claims'");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs").with(user(SignedInUser.of(new Actor("rhea", "", Set.of("RESEARCH"))))))
                .andReturn().getResponse().getContentAsString();
        JsonNode paths = tools.jackson.databind.json.JsonMapper.shared().readTree(docs).path("paths");
        List<String> ours = List.of("/api/v1/evaluations", "/api/v1/designs", "/api/v1/designs/{id}",
                "/api/v1/designs/{id}/submit", "/api/v1/designs/{id}/reviews", "/api/v1/designs/{id}/evaluation",
                "/api/v1/designs/{id}/waivers", "/api/v1/designs/{id}/attestations", "/api/v1/designs/{id}/harms",
                "/api/v1/designs/{id}/withdraw", "/api/v1/designs/{id}/record");

        assertThat(paths.propertyNames()).containsAll(ours);
        assertThat(paths.path("/api/v1/designs").path("post").path("requestBody").path("content").propertyNames())
                .contains("application/yaml", "text/yaml", "application/json");
        assertThat(paths.path("/api/v1/evaluations").path("post").path("requestBody").path("content").propertyNames())
                .contains("application/yaml", "text/yaml", "application/json");
        assertThat(paths.path("/api/v1/designs/{id}/reviews").path("post").path("responses").propertyNames())
                .contains("200", "400", "403", "404", "409");
        assertThat(paths.path("/api/v1/designs/{id}/record").path("get").path("responses").path("200").path("content")
                .propertyNames()).contains("application/json", "text/markdown");
        for (String path : ours) {
            paths.path(path).forEach(operation -> {
                assertThat(operation.path("summary").asString()).as(path).isNotBlank();
                operation.path("parameters").forEach(parameter ->
                        assertThat(parameter.path("name").asString()).as(path).isNotIn("actor", "Accept"));
            });
        }
    }

    // --- helpers

    private void person(String username, String team, String... roles) {
        accounts.createUser(username, username, team, List.of(roles), PASSWORD);
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    private static String example(String name) {
        return ApiFixtures.example(name);
    }

    private long create(String engineer, String yaml) {
        HttpResponse<String> created = as(engineer).postYaml("/api/v1/designs", yaml);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).path("id").asLong();
    }

    private long submitted(String engineer, String yaml) {
        long id = create(engineer, yaml);
        ok(as(engineer).post("/api/v1/designs/" + id + "/submit"));
        return id;
    }

    private JsonNode design(long id) {
        return ok(as("root-admin").get("/api/v1/designs/" + id));
    }

    private HttpResponse<String> review(String reviewer, long id, String stage, String verdict) {
        return as(reviewer).postJson("/api/v1/designs/" + id + "/reviews",
                "{\"stage\": \"" + stage + "\", \"verdict\": \"" + verdict + "\", \"comment\": \"by " + reviewer + "\"}");
    }

    private JsonNode approve(String reviewer, long id, String stage) {
        return ok(review(reviewer, id, stage, "APPROVE"));
    }

    /** A reviewer of the stage answers every attestation the pinned evaluation still has open there. */
    private void answerOpenAttestations(String reviewer, long id, String stage) {
        for (JsonNode attestation : ok(as(reviewer).get("/api/v1/designs/" + id + "/evaluation")).path("attestations")) {
            if (attestation.path("stage").asString().equals(stage) && !attestation.path("status").asString().equals("ANSWERED")) {
                ok(as(reviewer).postJson("/api/v1/designs/" + id + "/attestations", "{\"id\": \""
                        + attestation.path("id").asString() + "\", \"answer\": true, \"evidence\": \"https://wiki.example/"
                        + attestation.path("id").asString() + "\"}"));
            }
        }
    }

    private List<JsonNode> failing(long id, String enforcement) {
        List<JsonNode> failing = new ArrayList<>();
        for (JsonNode finding : ok(as("paula").get("/api/v1/designs/" + id + "/evaluation")).path("findings")) {
            if (finding.path("outcome").asString().equals("FAIL") && finding.path("enforcement").asString().equals(enforcement)) {
                failing.add(finding);
            }
        }
        assertThat(failing).as(enforcement + " failures").isNotEmpty();
        return failing;
    }

    private HttpResponse<String> waive(String reviewer, long id, JsonNode finding) {
        return as(reviewer).postJson("/api/v1/designs/" + id + "/waivers", "{\"policy\": \"" + finding.path("policy").asString()
                + "\", \"rule\": \"" + finding.path("rule").asString() + "\", \"justification\": \"accepted until the"
                + " next release\", \"expires\": \"" + LocalDate.now().plusDays(90) + "\"}");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isBetween(200, 201);
        return ApiClient.json(response);
    }

    private static List<Long> ids(HttpResponse<String> page) {
        List<Long> ids = new ArrayList<>();
        ok(page).path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private Map<String, Long> counts() {
        return Map.of("designs", count("designs"), "revisions", count("design_revisions"), "audit", count("audit_events"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
