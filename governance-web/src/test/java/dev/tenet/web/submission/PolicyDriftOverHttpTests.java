package dev.tenet.web.submission;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.persistence.PolicyCommits;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyHeadMoved;
import dev.tenet.web.policy.PolicyService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Policy drift and re-evaluation end to end, over a real git policy repository and real HTTP on
 * loopback: designs approved through the workflow, a policy change committed on {@code main} that
 * makes one of them worse, and {@link PolicyHeadMoved} published as the policy sync publishes it.
 *
 * <p>Each policy change applies to one design by name, so that the tests of this class, which
 * share the repository and the database, never make each other's designs worse. The head the
 * application reads ({@link PolicyService#current()}) is moved by the test where the sync would
 * move it; a drift check reads the bundle at the event's commit, which the first test shows by
 * publishing the event before the head moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "tenet.admin.username=drift-admin",
        "tenet.admin.password=" + PolicyDriftOverHttpTests.PASSWORD, "tenet.policies.poll-interval=PT1S"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyDriftOverHttpTests {

    static final String PASSWORD = "correct-horse-battery";
    private static final Duration DRIFT = Duration.ofSeconds(30);
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static Path repository;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    /** Its head is moved by the tests, as the sync would move it, and stays moved from one test to the next. */
    @MockitoSpyBean(reset = MockReset.NONE)
    PolicyService policies;
    @MockitoSpyBean
    DesignEvaluations evaluations;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        repository = TemporaryPolicyRepository.register(registry, "tenet-drift-test");
    }

    @BeforeAll
    void people() {
        person("ellis", "claims", "ENGINEER");
        person("ezra", "claims", "ENGINEER");
        person("otto", "talent", "ENGINEER");
        person("rhea", "", "RESEARCH");
        person("paula", "", "POLICY");
        person("enzo", "", "ENGINEERING");
    }

    @Test
    void aPolicyChangeThatMakesADesignWorseSendsItToReReviewAtThePolicyStageAndLeavesTheOthersApproved() {
        long worse = approved(name("worse"));
        long unaffected = approved(name("unaffected"));
        String decisionBefore = design(worse).path("decision").asString();
        String from = head();
        String to = PolicyCommits.commitFailingFor(repository, designName(worse), designName(worse), "soft-mandatory",
                "The workload was not red-teamed.");

        // the event alone: the application's head stays at `from`, so only event.to() can make it worse
        events.publishEvent(new PolicyHeadMoved(from, to, Instant.now()));
        await().atMost(DRIFT).until(() -> state(worse).equals("RE_REVIEW"));
        await().atMost(DRIFT).until(() -> checkedAt(unaffected).equals(to));
        moveHeadWithoutEvent(to);

        JsonNode design = design(worse);
        assertThat(design.path("stage").asString()).isEqualTo("policy");
        assertThat(design.path("round").asInt()).isEqualTo(2);
        assertThat(design.path("policyCommit").asString()).isEqualTo(to);
        assertThat(design.path("decision").asString()).isEqualTo("NEEDS_WAIVER");
        assertThat(design.path("signOffs").size()).as("the approval's sign-offs no longer count").isZero();
        assertThat(design.path("policyChangedSinceSubmission").asBoolean()).isFalse();

        JsonNode drift = ok(as("ellis").get("/api/v1/designs/" + worse + "/drifts")).get(0);
        assertThat(drift.path("fromCommit").asString()).isEqualTo(from);
        assertThat(drift.path("toCommit").asString()).isEqualTo(to);
        assertThat(drift.path("decisionBefore").asString()).isEqualTo(decisionBefore);
        assertThat(drift.path("decisionAfter").asString()).isEqualTo("NEEDS_WAIVER");
        assertThat(drift.path("round").asInt()).isEqualTo(2);
        assertThat(drift.path("findings")).singleElement().satisfies(finding -> {
            assertThat(finding.path("policy").asString()).isEqualTo("accountability." + designName(worse));
            assertThat(finding.path("rule").asString()).isEqualTo("red-teamed");
            assertThat(finding.path("outcomeBefore").asString()).isEmpty();
            assertThat(finding.path("outcomeAfter").asString()).isEqualTo("FAIL");
            assertThat(finding.path("message").asString()).isEqualTo("The workload was not red-teamed.");
        });

        JsonNode event = lastEvent(worse);
        assertThat(event.path("action").asString()).isEqualTo("POLICY_DRIFT");
        assertThat(event.path("actor").asString()).isEqualTo("tenet");
        assertThat(event.path("policyCommit").asString()).isEqualTo(to);
        assertThat(event.path("comment").asString()).contains(from, to, decisionBefore + " → NEEDS_WAIVER",
                "accountability." + designName(worse) + "/red-teamed (new rule) → FAIL (soft-mandatory)");
        assertThat(ok(as("rhea").get("/api/v1/audit/verify")).path("valid").asBoolean()).isTrue();

        JsonNode stillApproved = design(unaffected);
        assertThat(stillApproved.path("state").asString()).isEqualTo("APPROVED");
        assertThat(stillApproved.path("policyCommit").asString()).as("bound to what was approved").isEqualTo(from);
        assertThat(stillApproved.path("round").asInt()).isEqualTo(1);
        assertThat(ok(as("ellis").get("/api/v1/designs/" + unaffected + "/drifts")).size()).isZero();
        assertThat(lastEvent(unaffected).path("action").asString()).isEqualTo("APPROVED");
    }

    @Test
    void deliveringTheSameHeadMoveAgainChangesNothing() {
        Drifted drifted = drift(name("redelivered"));
        long designVersions = jdbc.sql("SELECT SUM(version) FROM designs").query(Long.class).single();
        long auditEvents = auditCount();

        events.publishEvent(new PolicyHeadMoved(drifted.from(), drifted.to(), Instant.now()));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                auditCount() == auditEvents
                        && jdbc.sql("SELECT SUM(version) FROM designs").query(Long.class).single() == designVersions);
        assertThat(ok(as("ellis").get("/api/v1/designs/" + drifted.id() + "/drifts")).size()).isEqualTo(1);
        assertThat(design(drifted.id()).path("round").asInt()).isEqualTo(2);
    }

    @Test
    void theOwnerSeesANoticeOnTheQueueThatNoOtherEngineerSeesAndDismissesIt() throws Exception {
        String name = name("noticed");
        Drifted drifted = drift(name);
        String title = "claims/" + name;

        mvc.perform(get("/queue").with(signedIn("ellis", "claims", "ENGINEER")))
                .andExpect(content().string(allOf(containsString("Policy changes sent these designs back to review"),
                        containsString(title), containsString(notRedTeamed(name)),
                        containsString("its decision went from"))));
        mvc.perform(get("/queue").with(signedIn("otto", "talent", "ENGINEER")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/queue").with(signedIn("ezra", "claims", "ENGINEER")))
                .andExpect(content().string(not(containsString(notRedTeamed(name)))));
        long notice = jdbc.sql("SELECT id FROM policy_drifts WHERE design_id = ?").param(drifted.id())
                .query(Long.class).single();

        mvc.perform(post("/queue/notices/" + notice + "/dismiss").with(signedIn("otto", "talent", "ENGINEER")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/queue/notices/" + notice + "/dismiss").with(signedIn("ellis", "claims", "ENGINEER")).with(csrf()))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("successMessage", containsString("dismissed")));

        mvc.perform(get("/queue").with(signedIn("ellis", "claims", "ENGINEER")))
                .andExpect(content().string(not(containsString(notRedTeamed(name)))));
        assertThat(ok(as("ellis").get("/api/v1/designs/" + drifted.id() + "/drifts")).get(0).path("dismissedAt").isNull())
                .isFalse();
        mvc.perform(get("/designs/" + drifted.id()).with(signedIn("rhea", "", "RESEARCH")))
                .andExpect(content().string(allOf(containsString("Policy drift"),
                        containsString("re-review round 2"), containsString(notRedTeamed(name)))));
    }

    @Test
    void theReviewersWhoApprovedBeforeSignTheReReviewAfreshAndAWaiverBringsItBackToApproved() {
        Drifted drifted = drift(name("rereviewed"));
        long id = drifted.id();

        HttpResponse<String> refused = review("paula", id, "policy", "APPROVE");
        assertThat(refused.statusCode()).as("NEEDS_WAIVER cannot be approved at the policy stage").isEqualTo(409);
        JsonNode finding = failing(id);
        assertThat(waive("paula", id, finding).statusCode()).isEqualTo(201);
        assertThat(design(id).path("decision").asString()).isEqualTo("PASS");

        JsonNode afterPolicy = approve("paula", id, "policy");
        assertThat(afterPolicy.path("state").asString()).isEqualTo("RE_REVIEW");
        assertThat(afterPolicy.path("stage").asString()).as("paula's approval of round 1 did not count; this one does")
                .isEqualTo("engineering");
        JsonNode approved = approve("enzo", id, "engineering");

        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.path("round").asInt()).isEqualTo(2);
        assertThat(approved.path("signOffs").findValuesAsString("reviewer")).containsExactly("paula", "enzo");
        JsonNode record = ok(as("rhea").get("/api/v1/designs/" + id + "/record"));
        assertThat(record.path("policyCommit").asString()).isEqualTo(drifted.to());
        assertThat(record.path("signOffs").findValuesAsString("reviewer"))
                .containsExactly("rhea", "paula", "enzo", "paula", "enzo");
        assertThat(record.path("signOffs").findValues("round").stream().map(JsonNode::asInt).toList())
                .containsExactly(1, 1, 1, 2, 2);
        assertThat(lastEvent(id).path("action").asString()).isEqualTo("APPROVED");
        assertThat(ok(as("rhea").get("/api/v1/audit/verify")).path("valid").asBoolean()).isTrue();
    }

    @Test
    void reevaluatingAfterAMaterialChangeRestartsTheReviewAtTheFirstStage() {
        long id = atPolicyStage(name("restarted"));
        String to = PolicyCommits.commitFailingFor(repository, designName(id), designName(id), "soft-mandatory",
                "Not red-teamed.");
        moveHead(to);
        JsonNode before = design(id);
        assertThat(before.path("policyChangedSinceSubmission").asBoolean()).isTrue();
        assertThat(before.path("currentPolicyCommit").asString()).isEqualTo(to);

        JsonNode reevaluated = ok(as("ellis").post("/api/v1/designs/" + id + "/reevaluate"));

        assertThat(reevaluated.path("state").asString()).isEqualTo("IN_REVIEW");
        assertThat(reevaluated.path("stage").asString()).isEqualTo("research");
        assertThat(reevaluated.path("round").asInt()).isEqualTo(2);
        assertThat(reevaluated.path("policyCommit").asString()).isEqualTo(to);
        assertThat(reevaluated.path("decision").asString()).isEqualTo("NEEDS_WAIVER");
        assertThat(reevaluated.path("signOffs").size()).isZero();
        assertThat(reevaluated.path("policyChangedSinceSubmission").asBoolean()).isFalse();
        JsonNode event = lastEvent(id);
        assertThat(event.path("action").asString()).isEqualTo("REEVALUATED");
        assertThat(event.path("actor").asString()).isEqualTo("ellis");
        assertThat(event.path("comment").asString()).contains("re-evaluated at " + to, "decision PASS",
                "→ NEEDS_WAIVER", "review restarts at research in round 2");
        assertThat(approve("rhea", id, "research").path("stage").asString())
                .as("rhea signed research in round 1 and signs it again in round 2").isEqualTo("policy");
    }

    @Test
    void reevaluatingWhenNothingMaterialChangedKeepsTheSignOffsAndMovesOnlyThePin() throws Exception {
        long id = atPolicyStage(name("kept"));
        String to = PolicyCommits.commitFailingFor(repository, name("elsewhere"), "no-such-design", "hard-mandatory",
                "Not red-teamed.");
        moveHead(to);

        mvc.perform(post("/designs/" + id + "/reevaluate").with(signedIn("ezra", "claims", "ENGINEER")).with(csrf()))
                .andExpect(redirectedUrl("/designs/" + id))
                .andExpect(flash().attribute("successMessage", containsString("nothing material changed")));

        JsonNode design = design(id);
        assertThat(design.path("round").asInt()).isEqualTo(1);
        assertThat(design.path("stage").asString()).isEqualTo("policy");
        assertThat(design.path("policyCommit").asString()).isEqualTo(to);
        assertThat(design.path("signOffs").findValuesAsString("reviewer")).containsExactly("rhea");
        assertThat(lastEvent(id).path("comment").asString()).contains("nothing material changed: sign-offs kept");
    }

    @Test
    void onlyTheDesignsTeamReevaluatesAndOnlyADesignUnderReviewPinnedAtAnOlderCommit() {
        long inReview = atPolicyStage(name("refused"));
        long approved = approved(name("refused-approved"));
        moveHead(PolicyCommits.commitFailingFor(repository, name("other"), "no-such-design", "advisory",
                "Not red-teamed."));

        assertProblem(as("rhea").post("/api/v1/designs/" + inReview + "/reevaluate"), 403, "only engineers of team 'claims'");
        assertProblem(as("otto").post("/api/v1/designs/" + inReview + "/reevaluate"), 404, "");
        assertProblem(as("ellis").post("/api/v1/designs/" + approved + "/reevaluate"), 409, "not under review");
        ok(as("ellis").post("/api/v1/designs/" + inReview + "/reevaluate"));
        assertProblem(as("ellis").post("/api/v1/designs/" + inReview + "/reevaluate"), 409,
                "already evaluated at the current policy commit");
    }

    @Test
    void aReviewersChangeDuringTheDriftCheckIsNotLostAndTheDriftIsRetried() {
        long id = approved(name("concurrent"));
        AtomicBoolean changed = new AtomicBoolean();
        doAnswer(call -> {
            Design loaded = call.getArgument(1);
            if (loaded.id() == id && Thread.currentThread().getName().equals("tenet-drift")
                    && changed.compareAndSet(false, true)) {
                // the drift check has read the design; a researcher records a harm and commits before it saves
                CompletableFuture.runAsync(() -> ok(as("rhea").postJson("/api/v1/designs/" + id + "/harms",
                        "{\"harm\": \"recorded during the drift check\", \"affectedGroup\": \"counterparties\","
                                + " \"likelihood\": \"low\", \"severity\": \"medium\", \"mitigation\": \"review\"}")))
                        .get(20, TimeUnit.SECONDS);
            }
            return call.callRealMethod();
        }).when(evaluations).evaluate(any(), any(), any(), any());
        String to = PolicyCommits.commitFailingFor(repository, designName(id), designName(id), "hard-mandatory",
                "Not red-teamed.");

        moveHead(to);
        await().atMost(DRIFT).until(() -> state(id).equals("RE_REVIEW"));

        JsonNode design = design(id);
        assertThat(changed).isTrue();
        assertThat(design.path("harms").findValuesAsString("harm")).containsExactly("recorded during the drift check");
        assertThat(design.path("decision").asString()).isEqualTo("BLOCKED");
        assertThat(ok(as("ellis").get("/api/v1/designs/" + id + "/drifts")).size()).isEqualTo(1);
        assertThat(actions(id)).containsSubsequence("APPROVED", "HARM_RECORDED", "POLICY_DRIFT")
                .filteredOn("POLICY_DRIFT"::equals).hasSize(1);
        assertThat(ok(as("rhea").get("/api/v1/audit/verify")).path("valid").asBoolean()).isTrue();
    }

    @Test
    void theRegularCheckTakesUpApprovedDesignsNotYetCheckedAtTheCurrentHead() {
        long id = approved(name("resumed"));
        String to = PolicyCommits.commitFailingFor(repository, designName(id), designName(id), "soft-mandatory",
                "Not red-teamed.");

        // the head moved but no event reached the drift check (a restart, a lost run): the regular check finds it
        moveHeadWithoutEvent(to);

        await().atMost(DRIFT).until(() -> state(id).equals("RE_REVIEW"));
        assertThat(design(id).path("policyCommit").asString()).isEqualTo(to);
        assertThat(checkedAt(id)).isEqualTo(to);
    }

    /** A design that drifted: approved, made worse by a policy change, sent to RE_REVIEW. */
    private record Drifted(long id, String from, String to) {
    }

    private Drifted drift(String name) {
        long id = approved(name);
        String from = head();
        String to = PolicyCommits.commitFailingFor(repository, name, name, "soft-mandatory", notRedTeamed(name));
        moveHead(to);
        await().atMost(DRIFT).until(() -> state(id).equals("RE_REVIEW"));
        return new Drifted(id, from, to);
    }

    private static String notRedTeamed(String name) {
        return "The workload " + name + " was not red-teamed.";
    }

    /** The sync's part: the application's head becomes {@code to}, then the event is published. */
    private void moveHead(String to) {
        String from = head();
        moveHeadWithoutEvent(to);
        events.publishEvent(new PolicyHeadMoved(from, to, Instant.now()));
    }

    private void moveHeadWithoutEvent(String to) {
        doAnswer(call -> policies.at(to)).when(policies).current();
    }

    private String head() {
        return policies.current().commit();
    }

    /** contract-clause-extractor (low risk) under a new name in team claims, owned by ellis, approved at every stage. */
    private long approved(String name) {
        long id = atPolicyStage(name);
        approve("paula", id, "policy");
        JsonNode approved = approve("enzo", id, "engineering");
        assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
        return id;
    }

    /** Submitted by ellis and approved by research: at the policy stage. */
    private long atPolicyStage(String name) {
        String yaml = ApiFixtures.example("contract-clause-extractor")
                .replaceFirst("(?m)^  name: .*$", Matcher.quoteReplacement("  name: " + name))
                .replaceFirst("(?m)^  team: .*$", "  team: claims");
        HttpResponse<String> created = as("ellis").postYaml("/api/v1/designs", yaml);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).path("id").asLong();
        ok(as("ellis").post("/api/v1/designs/" + id + "/submit"));
        assertThat(approve("rhea", id, "research").path("stage").asString()).isEqualTo("policy");
        return id;
    }

    private static String name(String what) {
        return "drift-" + what + "-" + NAMES.incrementAndGet();
    }

    private String designName(long id) {
        return design(id).path("name").asString();
    }

    private JsonNode design(long id) {
        return ok(as("drift-admin").get("/api/v1/designs/" + id));
    }

    private String state(long id) {
        return design(id).path("state").asString();
    }

    private String checkedAt(long id) {
        return jdbc.sql("SELECT drift_checked_commit FROM designs WHERE id = ?").param(id).query(String.class).single();
    }

    private JsonNode lastEvent(long id) {
        return ok(as("drift-admin").get("/api/v1/audit/events?design=" + id)).path("content").get(0);
    }

    private List<String> actions(long id) {
        List<String> actions = new ArrayList<>();
        ok(as("drift-admin").get("/api/v1/audit/events?design=" + id + "&size=100")).path("content")
                .forEach(event -> actions.add(0, event.path("action").asString()));
        return actions;
    }

    /** Events about designs: a delivered head move is itself audited, as an event of no design. */
    private long auditCount() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE design_id IS NOT NULL").query(Long.class).single();
    }

    private JsonNode failing(long id) {
        for (JsonNode finding : ok(as("paula").get("/api/v1/designs/" + id + "/evaluation")).path("findings")) {
            if (finding.path("outcome").asString().equals("FAIL") && finding.path("enforcement").asString().equals("soft-mandatory")) {
                return finding;
            }
        }
        throw new AssertionError("no soft-mandatory failure in design " + id);
    }

    private HttpResponse<String> waive(String reviewer, long id, JsonNode finding) {
        return as(reviewer).postJson("/api/v1/designs/" + id + "/waivers", "{\"policy\": \"" + finding.path("policy").asString()
                + "\", \"rule\": \"" + finding.path("rule").asString() + "\", \"justification\": \"red-teaming is booked"
                + " for next quarter\", \"expires\": \"" + LocalDate.now().plusDays(90) + "\"}");
    }

    private HttpResponse<String> review(String reviewer, long id, String stage, String verdict) {
        return as(reviewer).postJson("/api/v1/designs/" + id + "/reviews",
                "{\"stage\": \"" + stage + "\", \"verdict\": \"" + verdict + "\", \"comment\": \"by " + reviewer + "\"}");
    }

    private JsonNode approve(String reviewer, long id, String stage) {
        return ok(review(reviewer, id, stage, "APPROVE"));
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    private static RequestPostProcessor signedIn(String username, String team, String role) {
        return user(SignedInUser.of(new Actor(username, team, Set.of(role))));
    }

    private void person(String username, String team, String... roles) {
        if (accounts.find(username).isEmpty()) {
            accounts.createUser(username, "Test " + username, team, List.of(roles), PASSWORD);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.json(response).path("detail").asString()).contains(detail);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isBetween(200, 201);
        return ApiClient.json(response);
    }
}
