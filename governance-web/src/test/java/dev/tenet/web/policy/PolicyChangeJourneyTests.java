package dev.tenet.web.policy;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.persistence.PolicyCommits;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.tenet.web.policy.LibraryRepository.ACCESS_CONTROL;
import static dev.tenet.web.policy.LibraryRepository.BROKEN_REQUIRE;
import static dev.tenet.web.policy.LibraryRepository.GOOD_REQUIRE;
import static dev.tenet.web.policy.WebhookSignatureTest.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A policy change from pull request to drift, as the parts meet in production: the library is a
 * remote the application mirrors under its data folder, the remote's webhook signs its deliveries,
 * and a design approved through the API meets the change. The policy team previews the impact of
 * its branch, merges, the webhook brings the new head, the approved design goes back to review at
 * the policy stage with the change's findings, every step is in the audit trail, and a broken
 * follow-up commit is refused while the last good one is served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "tenet.webhook.secret=" + PolicyChangeJourneyTests.SECRET,
        "tenet.admin.username=journey-admin", "tenet.admin.password=" + PolicyChangeJourneyTests.PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyChangeJourneyTests {

    static final String SECRET = "a-webhook-secret-for-the-journey";
    static final String PASSWORD = "correct-horse-battery";
    private static final String DESIGN = "journey-clause-extractor";
    private static LibraryRepository library;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void remote(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("tenet-policy-journey");
            library = LibraryRepository.create(folder.resolve("team"));
            String remote = library.publishTo(folder.resolve("remote.git"));
            registry.add("tenet.data-dir", () -> folder.resolve("data").toString());
            registry.add("tenet.policies.repository", () -> remote);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    void people() {
        accounts.createUser("ellis", "Ellis", "claims", List.of("ENGINEER"), PASSWORD);
        accounts.createUser("rhea", "Rhea", "", List.of("RESEARCH"), PASSWORD);
        accounts.createUser("paula", "Paula", "", List.of("POLICY"), PASSWORD);
        accounts.createUser("enzo", "Enzo", "", List.of("ENGINEERING"), PASSWORD);
    }

    @AfterAll
    void closeTheRepository() {
        library.close();
    }

    @Test
    void aPolicyChangeIsPreviewedMergedDeliveredAndSendsTheApprovedDesignBackToReview() {
        long id = approvedDesign();
        String approvedAt = design(id).path("policyCommit").asString();
        assertThat(approvedAt).isEqualTo(library.head());

        // the policy team's pull request: a branch the application has not merged
        String change = library.commit("Red-team " + DESIGN, "policies/accountability/red-team-journey.yaml",
                PolicyCommits.failingFor("red-team-journey", DESIGN, "soft-mandatory", "The workload was not red-teamed."));
        library.pushAs("red-team-journey");
        JsonNode fetched = webhook();
        assertThat(fetched.path("moved").asBoolean()).as("a branch is not the head").isFalse();
        JsonNode impact = ok(get("paula", "/api/v1/policies/impact?ref=red-team-journey"));
        JsonNode row = designRow(impact, id);
        assertThat(row.path("decisionBefore").asString()).isEqualTo("PASS");
        assertThat(row.path("decisionAfter").asString()).isEqualTo("NEEDS_WAIVER");
        assertThat(row.path("worse").asBoolean()).isTrue();
        assertThat(state(id)).isEqualTo("APPROVED");

        // merged: the push's webhook brings the new head, and drift sends the design back to review
        library.push();
        JsonNode merged = webhook();
        assertThat(merged.path("moved").asBoolean()).isTrue();
        assertThat(merged.path("current").asString()).isEqualTo(change);
        await().atMost(Duration.ofSeconds(30)).until(() -> state(id).equals("RE_REVIEW"));
        JsonNode drifted = design(id);
        assertThat(drifted.path("stage").asString()).isEqualTo("policy");
        assertThat(drifted.path("policyCommit").asString()).isEqualTo(change);
        assertThat(ok(get("ellis", "/api/v1/designs/" + id + "/evaluation")).path("decision").asString())
                .isEqualTo("NEEDS_WAIVER");
        assertThat(actions("ellis", "/api/v1/audit/events?design=" + id + "&size=100")).endsWith("APPROVED", "POLICY_DRIFT");
        assertThat(actions("paula", "/api/v1/audit/events?size=100")).contains("POLICY_HEAD_MOVED");
        assertThat(ok(get("ellis", "/api/v1/audit/verify")).path("valid").asBoolean()).isTrue();
        JsonNode diff = ok(get("paula", "/api/v1/policies/diff?from=" + approvedAt + "&to=" + change));
        assertThat(diff.toString()).contains(DESIGN).contains("accountability.red-team-journey");

        // a broken follow-up is refused: the application keeps serving the change
        String broken = library.edit("Tighten authentication", ACCESS_CONTROL, GOOD_REQUIRE, BROKEN_REQUIRE);
        library.push();
        JsonNode refused = webhook();
        assertThat(refused.path("moved").asBoolean()).isFalse();
        assertThat(refused.path("brokenHead").path("commit").path("id").asString()).isEqualTo(broken);
        JsonNode status = ok(get("ellis", "/api/v1/policies/sync"));
        assertThat(status.path("current").path("id").asString()).isEqualTo(change);
        JsonNode problem = status.path("brokenHead").path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo(ACCESS_CONTROL);
        assertThat(problem.path("line").asInt()).isEqualTo(library.lineOf(ACCESS_CONTROL, BROKEN_REQUIRE));
        assertThat(actions("paula", "/api/v1/audit/events?size=100")).contains("POLICY_HEAD_REFUSED");
        assertThat(design(id).path("policyCommit").asString()).isEqualTo(change);
    }

    /** contract-clause-extractor (low risk) as team claims' design, through research, policy and engineering. */
    private long approvedDesign() {
        String yaml;
        try {
            yaml = Files.readString(TemporaryPolicyRepository.library().resolve("examples/contract-clause-extractor.yaml"))
                    .replaceFirst("(?m)^  name: .*$", "  name: " + DESIGN).replaceFirst("(?m)^  team: .*$", "  team: claims");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = ok(post("ellis", "/api/v1/designs", yaml, "application/yaml")).path("id").asLong();
        ok(post("ellis", "/api/v1/designs/" + id + "/submit", "", "application/json"));
        approve("rhea", id, "research");
        approve("paula", id, "policy");
        assertThat(approve("enzo", id, "engineering").path("state").asString()).isEqualTo("APPROVED");
        return id;
    }

    private JsonNode approve(String reviewer, long id, String stage) {
        String review = "{\"stage\": \"" + stage + "\", \"verdict\": \"APPROVE\", \"comment\": \"fine\"}";
        return ok(post(reviewer, "/api/v1/designs/" + id + "/reviews", review, "application/json"));
    }

    /** The remote's push delivery, signed as GitHub signs it. */
    private JsonNode webhook() {
        byte[] body = "{\"ref\":\"refs/heads/main\"}".getBytes(StandardCharsets.UTF_8);
        return ok(Client.api(port).post("/api/v1/policies/sync", body, "Content-Type", "application/json",
                "X-GitHub-Event", "push", WebhookSignature.HEADER, sign(SECRET, body)));
    }

    private static JsonNode designRow(JsonNode impact, long id) {
        for (JsonNode row : impact.path("designs")) {
            if (row.path("id").asLong() == id) {
                return row;
            }
        }
        throw new AssertionError("design " + id + " is not in the impact preview: " + impact);
    }

    private List<String> actions(String username, String path) {
        List<String> actions = new ArrayList<>();
        ok(get(username, path)).path("content").forEach(event -> actions.add(0, event.path("action").asString()));
        return actions;
    }

    private JsonNode design(long id) {
        return ok(get("ellis", "/api/v1/designs/" + id));
    }

    private String state(long id) {
        return design(id).path("state").asString();
    }

    private HttpResponse<String> get(String username, String path) {
        return Client.api(port).get(path, "Authorization", Client.basic(username, PASSWORD));
    }

    private HttpResponse<String> post(String username, String path, String body, String contentType) {
        return Client.api(port).post(path, body.getBytes(StandardCharsets.UTF_8), "Authorization",
                Client.basic(username, PASSWORD), "Content-Type", contentType);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.uri() + ": " + response.body())
                .isBetween(200, 201);
        return Client.json(response);
    }
}
