package dev.tenet.web.policy;

import dev.tenet.web.account.Accounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.tenet.web.policy.Client.basic;
import static dev.tenet.web.policy.Client.json;
import static dev.tenet.web.policy.PolicySyncTest.BROKEN_YAML;
import static dev.tenet.web.policy.PolicySyncTest.NEW_POLICY;
import static dev.tenet.web.policy.WebhookSignatureTest.sign;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sync over real HTTP on loopback, against a remote made by the test and mirrored through a
 * {@code file://} URL: the webhook signed with {@code X-Hub-Signature-256}, people syncing with
 * their own credentials, the status in the API and on the page, and the page's "Sync now" form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "tenet.webhook.secret=" + PolicySyncOverHttpTests.SECRET})
@Import(RecordedMoves.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class PolicySyncOverHttpTests {

    static final String SECRET = "webhook-secret-for-the-tests";
    private static final String PASSWORD = "a-long-enough-password";
    private static final String SYNC = "/api/v1/policies/sync";
    private static final String PUSH = "{\"ref\":\"refs/heads/main\",\"repository\":{\"full_name\":\"acme/policies\"}}";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Path FOLDER = temporaryFolder();
    private static final LibraryRepository LIBRARY = LibraryRepository.create(FOLDER.resolve("team"));
    private static final String REMOTE = LIBRARY.publishTo(FOLDER.resolve("remote.git"));

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    RecordedMoves moves;
    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @DynamicPropertySource
    static void policyRemote(DynamicPropertyRegistry registry) {
        registry.add("tenet.data-dir", () -> FOLDER.resolve("data").toString());
        registry.add("tenet.policies.repository", () -> REMOTE);
    }

    @BeforeAll
    void people() {
        accounts.createUser("paige", "Paige Policy", "", List.of("POLICY"), PASSWORD);
        accounts.createUser("adele", "Adele Admin", "", List.of("ADMIN"), PASSWORD);
        accounts.createUser("ellen", "Ellen Engineer", "claims", List.of("ENGINEER"), PASSWORD);
    }

    @AfterAll
    void closeTheRepository() {
        LIBRARY.close();
    }

    @Test
    void nothingPollsWhenTheIntervalIsZero() {
        assertThat(scheduled).isNotEmpty().allSatisfy(holder -> assertThat(holder.getScheduledTasks()).isEmpty());
    }

    @Test
    void aSignedPushSyncsAndAnswersWhatMoved() {
        String before = currentCommit();
        String after = LIBRARY.commit("Add a note", "policies/NOTES.md", "notes\n");
        LIBRARY.push();

        HttpResponse<String> response = webhook("push", PUSH, sign(SECRET, bytes(PUSH)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.path("previous").asString()).isEqualTo(before);
        assertThat(result.path("current").asString()).isEqualTo(after);
        assertThat(result.path("moved").asBoolean()).isTrue();
        assertThat(result.path("fetched").get(0).asString()).startsWith("refs/heads/main: ");
        assertThat(result.path("brokenHead").isNull()).isTrue();
        assertThat(result.path("fetchError").isNull()).isTrue();
        assertThat(moves.all()).last().extracting(PolicyHeadMoved::from, PolicyHeadMoved::to)
                .containsExactly(before, after);
    }

    @Test
    void aSignedFormEncodedDeliveryIsAcceptedToo() {
        String form = "payload=" + URLEncoder.encode(PUSH, StandardCharsets.UTF_8);

        HttpResponse<String> response = Client.api(port).post(SYNC, bytes(form),
                "Content-Type", "application/x-www-form-urlencoded", "X-GitHub-Event", "push",
                WebhookSignature.HEADER, sign(SECRET, bytes(form)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("current").asString()).isEqualTo(currentCommit());
    }

    @Test
    void aForcePushBackIsFollowed() {
        String before = currentCommit();
        LIBRARY.commit("Add a note that will be taken back", "policies/TAKEN-BACK.md", "oops\n");
        LIBRARY.push();
        webhook("push", PUSH, sign(SECRET, bytes(PUSH)));

        LIBRARY.forcePush(before);
        JsonNode result = json(webhook("push", PUSH, sign(SECRET, bytes(PUSH))));

        assertThat(result.path("current").asString()).isEqualTo(before);
        assertThat(result.path("moved").asBoolean()).isTrue();
    }

    @Test
    void aBadSignatureIsRefusedAndLoggedWithoutTheSecret(CapturedOutput output) {
        HttpResponse<String> response = webhook("push", PUSH, sign("not the secret", bytes(PUSH)));

        assertRefused(response, "does not match the body");
        assertThat(output.getOut()).contains("refused a call of POST " + SYNC + " from 127.0.0.1")
                .doesNotContain(SECRET);
    }

    @Test
    void aSignatureOfAnotherBodyIsRefused() {
        assertRefused(webhook("push", PUSH, sign(SECRET, bytes(PUSH + " "))), "does not match the body");
    }

    @Test
    void aMalformedSignatureIsRefused() {
        assertRefused(webhook("push", PUSH, "sha1=0123456789abcdef0123456789abcdef01234567"),
                "is not 'sha256=' followed by 64 hex digits");
    }

    @Test
    void anUnsignedAnonymousCallIsRefusedAndLogged(CapturedOutput output) {
        HttpResponse<String> response = Client.api(port).post(SYNC, bytes(PUSH), "Content-Type", "application/json",
                "X-GitHub-Event", "push", "X-GitHub-Delivery", "d3l1v3ry");

        assertRefused(response, "Sign the call");
        assertThat(output.getOut()).contains("refused a call of POST " + SYNC + " from 127.0.0.1"
                + " (X-GitHub-Delivery d3l1v3ry): the call is neither signed nor signed in");
    }

    @Test
    void githubsPingIsAnsweredWithoutSyncing() {
        String checkedBefore = status().path("checkedAt").asString();

        HttpResponse<String> response = webhook("ping", "{\"zen\":\"Keep it logically awesome.\"}",
                sign(SECRET, bytes("{\"zen\":\"Keep it logically awesome.\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("event").asString()).isEqualTo("ping");
        assertThat(json(response).path("message").asString()).contains("a push to 'main' will sync");
        assertThat(status().path("checkedAt").asString()).isEqualTo(checkedBefore);
    }

    @Test
    void anUnsignedPingIsRefusedToo() {
        HttpResponse<String> response = Client.api(port).post(SYNC, bytes("{}"), "X-GitHub-Event", "ping");

        assertRefused(response, "Sign the call");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsTooLarge() {
        byte[] body = new byte[WebhookBodyLimit.MAX_BYTES + 1];

        HttpResponse<String> response = webhook("push", new String(body, StandardCharsets.ISO_8859_1), sign(SECRET, body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains(PROBLEM_JSON);
        assertThat(json(response).path("detail").asString()).contains("larger than 1048576 bytes");
    }

    @Test
    void aPolicyUserSyncsWithHttpBasic() {
        HttpResponse<String> response = Client.api(port).post(SYNC, new byte[0], "Authorization", basic("paige", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("current").asString()).isEqualTo(currentCommit());
    }

    @Test
    void anAdministratorSyncsWithAPersonalToken() {
        HttpResponse<String> created = Client.api(port).post("/api/v1/tokens",
                bytes("{\"name\": \"sync\", \"expiresInDays\": 1}"), "Authorization", basic("adele", PASSWORD),
                "Content-Type", "application/json");
        String token = json(created).path("token").asString();

        HttpResponse<String> response = Client.api(port).post(SYNC, new byte[0], "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anEngineerMayReadTheStatusButNotSync() {
        HttpResponse<String> refused = Client.api(port).post(SYNC, new byte[0], "Authorization", basic("ellen", PASSWORD));
        HttpResponse<String> status = Client.api(port).get(SYNC, "Authorization", basic("ellen", PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).contains(PROBLEM_JSON);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(json(status).path("repository").asString()).isEqualTo(REMOTE);
        assertThat(json(status).path("remote").asBoolean()).isTrue();
        assertThat(json(status).path("branch").asString()).isEqualTo("main");
        assertThat(json(status).path("folder").asString()).isEqualTo("policies");
        assertThat(json(status).path("current").path("author").asString()).isNotEmpty();
    }

    @Test
    void aBrokenHeadIsShownWithItsProblemsUntilAFixLoads() {
        String good = currentCommit();
        String broken = LIBRARY.commit("Add a half-written policy", NEW_POLICY, BROKEN_YAML);
        LIBRARY.push();

        JsonNode refused = json(webhook("push", PUSH, sign(SECRET, bytes(PUSH))));

        assertThat(refused.path("moved").asBoolean()).isFalse();
        assertThat(refused.path("current").asString()).isEqualTo(good);
        JsonNode head = status().path("brokenHead");
        assertThat(head.path("commit").path("id").asString()).isEqualTo(broken);
        assertThat(head.path("commit").path("message").asString()).isEqualTo("Add a half-written policy");
        JsonNode problem = head.path("problems").get(0);
        assertThat(problem.path("file").asString()).isEqualTo(NEW_POLICY);
        assertThat(problem.path("line").asInt()).isEqualTo(4);
        assertThat(problem.path("column").asInt()).isEqualTo(1);
        assertThat(problem.path("message").asString()).startsWith("expected ',' or ']' here");
        String page = Client.signedIn(port, "ellen", PASSWORD).get("/policies/sync").body();
        assertThat(page).contains("id=\"broken-head\"", NEW_POLICY + ":4:1: expected &#39;,&#39; or &#39;]&#39; here");

        LIBRARY.delete("Take the half-written policy out again", NEW_POLICY);
        LIBRARY.push();
        JsonNode result = json(webhook("push", PUSH, sign(SECRET, bytes(PUSH))));

        assertThat(result.path("current").asString()).as("the revert restores the library served").isEqualTo(good);
        assertThat(status().path("brokenHead").isNull()).isTrue();
        assertThat(Client.signedIn(port, "ellen", PASSWORD).get("/policies/sync").body()).doesNotContain("broken-head");
    }

    @Test
    void thePolicyTeamSyncsFromThePageAndReturnsToIt() {
        Client paige = Client.signedIn(port, "paige", PASSWORD);
        HttpResponse<String> page = paige.get("/policies/sync");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"sync-now\"", "Sync now", "name=\"_csrf\"");

        HttpResponse<String> posted = paige.postForm("/policies/sync", Map.of("back", "/policies/sync"));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/policies/sync");
        assertThat(paige.get("/policies/sync").body())
                .contains("Synced: the policy library is up to date at " + currentCommit().substring(0, 7) + ".");
    }

    @Test
    void thePageFormGoesBackToTheCatalogAndNeverToAnotherSite() {
        Client paige = Client.signedIn(port, "paige", PASSWORD);

        HttpResponse<String> byDefault = paige.postForm("/policies/sync", Map.of());
        HttpResponse<String> elsewhere = paige.postForm("/policies/sync", Map.of("back", "https://evil.example/"));
        HttpResponse<String> sneaky = paige.postForm("/policies/sync", Map.of("back", "/policies/../logout"));

        assertThat(List.of(byDefault, elsewhere, sneaky)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/policies");
        });
    }

    @Test
    void anEngineerSeesTheStatusPageWithoutTheSyncFormAndMayNotPostIt() {
        Client ellen = Client.signedIn(port, "ellen", PASSWORD);

        HttpResponse<String> page = ellen.get("/policies/sync");
        HttpResponse<String> posted = ellen.postForm("/policies/sync", Map.of());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"current-commit\"", currentCommit().substring(0, 7))
                .doesNotContain("id=\"sync-now\"");
        assertThat(posted.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> webhook(String event, String body, String signature) {
        return Client.api(port).post(SYNC, body.getBytes(StandardCharsets.ISO_8859_1), "Content-Type", "application/json",
                "X-GitHub-Event", event, "X-GitHub-Delivery", "72d3162e-cc78-11e3-81ab-4c9367dc0958",
                WebhookSignature.HEADER, signature);
    }

    private void assertRefused(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains(PROBLEM_JSON);
        assertThat(response.headers().allValues("WWW-Authenticate")).isNotEmpty();
        assertThat(json(response).path("detail").asString()).contains(detail);
    }

    private JsonNode status() {
        return json(Client.api(port).get(SYNC, "Authorization", basic("ellen", PASSWORD)));
    }

    private String currentCommit() {
        return status().path("current").path("id").asString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tenet-sync-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
