package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's security over real HTTP: Problem Details, HTTP Basic, bearer tokens, cross-site requests. */
class ApiAuthenticationTest extends RunningTenet {

    private static final String TOKENS = "/api/v1/tokens";

    @Test
    void anAnonymousApiRequestIsAnswered401WithProblemDetailsAndBothChallenges() {
        HttpResponse<String> response = client().get(TOKENS);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .containsExactly("Basic realm=\"tenet\", charset=\"UTF-8\"", "Bearer realm=\"tenet\"");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asString()).isEqualTo("Authentication required");
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
        assertThat(problem.get("instance").asString()).isEqualTo(TOKENS);
    }

    @Test
    void anApiRequestNeverCreatesASession() {
        HttpResponse<String> response = client().get(TOKENS, Http.basic(ADMIN, ADMIN_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void basicAuthenticationWithTheRightPasswordSignsIn() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        assertThat(client().get(TOKENS, Http.basic(erin, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void basicAuthenticationWithAWrongPasswordIsAnswered401ProblemDetails() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> response = client().get(TOKENS, Http.basic(erin, PASSWORD + "x"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(response).get("detail").asString()).contains("Wrong username or password");
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.startsWith("Basic"));
    }

    @Test
    void aDisabledUserCannotSignIn() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        accounts.disable(erin);

        assertThat(client().get(TOKENS, Http.basic(erin, PASSWORD)).statusCode()).isEqualTo(401);
    }

    @Test
    void aNewTokenIsShownOnceAndStoredOnlyAsItsSha256() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> created = client().postJson(TOKENS, "{\"name\":\"ci\",\"expiresInDays\":30}",
                Http.basic(erin, PASSWORD));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonNode body = Http.json(created);
        String token = body.get("token").asString();
        assertThat(token).startsWith("tnt_").hasSize(47);
        assertThat(body.get("name").asString()).isEqualTo("ci");
        assertThat(Instant.parse(body.get("expiresAt").asString())).isAfter(Instant.now().plus(29, ChronoUnit.DAYS));
        String stored = jdbc.sql("SELECT token_hash FROM api_tokens WHERE id = ?").param(body.get("id").asLong())
                .query(String.class).single();
        assertThat(stored).isNotEqualTo(token).isEqualTo(PersonalTokens.hash(token)).hasSize(64);
        assertThat(client().get(TOKENS, Http.basic(erin, PASSWORD)).body()).doesNotContain(token).contains("\"ci\"");
    }

    @Test
    void aValidBearerTokenSignsInAndRecordsItsUse() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        JsonNode created = Http.json(client().postJson(TOKENS, "{\"name\":\"laptop\"}", Http.basic(erin, PASSWORD)));

        HttpResponse<String> response = client().get(TOKENS, Http.bearer(created.get("token").asString()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode listed = Http.json(response).get(0);
        assertThat(listed.get("name").asString()).isEqualTo("laptop");
        assertThat(listed.get("expiresAt").isNull()).isTrue();
        assertThat(listed.get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.has("token")).isFalse();
    }

    @Test
    void anUnknownBearerTokenIsAnswered401InvalidToken() {
        HttpResponse<String> response = client().get(TOKENS, Http.bearer("tnt_" + "A".repeat(43)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anyMatch(value -> value.startsWith("Bearer realm=\"tenet\", error=\"invalid_token\""));
        assertThat(Http.json(response).get("detail").asString()).contains("invalid, expired or revoked");
    }

    @Test
    void aMalformedBearerTokenIsAnswered401() {
        assertThat(client().get(TOKENS, Http.bearer("not a token")).statusCode()).isEqualTo(401);
    }

    @Test
    void anExpiredBearerTokenIsRefused() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        String secret = "tnt_" + "e".repeat(43);
        jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .params(userId(erin), "old", PersonalTokens.hash(secret),
                        Timestamp.from(Instant.now().minus(10, ChronoUnit.DAYS)),
                        Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)))
                .update();

        assertThat(client().get(TOKENS, Http.bearer(secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void aRevokedBearerTokenIsRefused() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        JsonNode created = Http.json(client().postJson(TOKENS, "{\"name\":\"ci\"}", Http.basic(erin, PASSWORD)));
        String token = created.get("token").asString();

        HttpResponse<String> revoked = client().send("DELETE", TOKENS + "/" + created.get("id").asLong(), null, null,
                Http.bearer(token));

        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(client().get(TOKENS, Http.bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void theTokenOfADisabledUserIsRefused() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        String token = Http.json(client().postJson(TOKENS, "{\"name\":\"ci\"}", Http.basic(erin, PASSWORD)))
                .get("token").asString();
        accounts.disable(erin);

        assertThat(client().get(TOKENS, Http.bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void someoneElsesTokenCannotBeRevoked() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        String evan = user("evan", "claims", Roles.ENGINEER);
        long erinsToken = Http.json(client().postJson(TOKENS, "{\"name\":\"ci\"}", Http.basic(erin, PASSWORD)))
                .get("id").asLong();

        HttpResponse<String> response = client().send("DELETE", TOKENS + "/" + erinsToken, null, null,
                Http.basic(evan, PASSWORD));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(client().get(TOKENS, Http.basic(erin, PASSWORD)).body()).contains("\"ci\"");
    }

    @Test
    void aTokenWithoutANameIsAnswered400NamingTheField() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> response = client().postJson(TOKENS, "{\"name\":\"  \",\"expiresInDays\":0}",
                Http.basic(erin, PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("detail").asString()).contains("name").contains("expiresInDays");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("name", "expiresInDays");
    }

    @Test
    void aCrossSiteBrowserRequestThatChangesDataIsRefused() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> response = client().postJson(TOKENS, "{\"name\":\"ci\"}", Http.basic(erin, PASSWORD),
                "Sec-Fetch-Site", "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.json(response).get("title").asString()).isEqualTo("Cross-site request refused");
        assertThat(client().get(TOKENS, Http.basic(erin, PASSWORD)).body()).isEqualTo("[]");
    }

    @Test
    void aSameOriginBrowserRequestIsServed() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> response = client().postJson(TOKENS, "{\"name\":\"ci\"}", Http.basic(erin, PASSWORD),
                "Sec-Fetch-Site", "same-origin");

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void theApiAnswersWithRestrictiveSecurityHeaders() {
        HttpResponse<String> response = client().get(TOKENS);

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.API_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theOpenApiDescriptionIsReadWithApiCredentialsAsWellAsInABrowser() {
        String erin = user("erin", "claims", "ENGINEER");
        JsonNode created = Http.json(client().postJson(TOKENS, "{\"name\":\"docs\"}", Http.basic(erin, PASSWORD)));

        HttpResponse<String> basic = client().get("/v3/api-docs", Http.basic(erin, PASSWORD));
        assertThat(basic.statusCode()).isEqualTo(200);
        assertThat(Http.json(basic).get("paths").has("/api/v1/designs")).isTrue();
        assertThat(client().get("/v3/api-docs.yaml", Http.bearer(created.get("token").asString())).statusCode())
                .isEqualTo(200);
        assertThat(client().get("/v3/api-docs", Http.basic(erin, PASSWORD + "x")).statusCode()).isEqualTo(401);
        assertThat(client().get("/v3/api-docs", Http.bearer("tnt_" + "A".repeat(43))).statusCode()).isEqualTo(401);

        HttpResponse<String> anonymous = client().get("/v3/api-docs");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        Http browser = browser();
        browser.login(erin, PASSWORD);
        assertThat(browser.get("/v3/api-docs").statusCode()).isEqualTo(200);
    }
}
