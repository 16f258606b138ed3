package dev.tenet.web.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the two filter chains meet and where a page's form must check what the API checks: the
 * session authenticates pages only, Basic and tokens the API only; a browser's cross-site post is
 * refused; a form never acts on an object its sender may not see.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityBoundariesTest extends SecuredApplication {

    private Caller engineer;
    private DesignFixtures designs;

    @BeforeAll
    void people() {
        createPeople();
        engineer = api(ENG);
        designs = new DesignFixtures("bounds", engineer, api("admin"), role -> api(role.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aResearcherRecordsNoHarmOnADraftTheyMayNotSee() {
        long draft = designs.draft("claims-triage");

        HttpResponse<String> api = api("research").send("POST", "/api/v1/designs/" + draft + "/harms",
                "application/json", EndpointCalls.body("POST /api/v1/designs/{id}/harms").text());
        HttpResponse<String> page = browser("research").postForm("/designs/" + draft + "/harms",
                EndpointCalls.body("POST /designs/{id}/harms").form());

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(page.statusCode()).as("the page's form, answered %s", Caller.location(page)).isEqualTo(404);
        assertThat(designs.design(draft).path("harms").size()).as("harms recorded on the draft").isZero();
    }

    @Test
    void anotherPersonsRevokeFormLeavesATokenWorking() {
        var created = DesignFixtures.ok(engineer.send("POST", "/api/v1/tokens", "application/json",
                "{\"name\": \"kept\"}"));

        browser(OTHER).postForm("/account/tokens/" + created.path("id").asString() + "/revoke", Map.of());
        browser("admin").postForm("/account/tokens/" + created.path("id").asString() + "/revoke", Map.of());

        assertThat(Caller.api(port, null, null).get("/api/v1/designs", "Authorization",
                "Bearer " + created.path("token").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theApiIgnoresASignedInBrowsersSessionCookie() {
        HttpResponse<String> response = browser("admin").get("/api/v1/designs");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aBrowserPostToTheApiFromAnotherSiteIsRefusedDespiteItsCredentials() {
        HttpResponse<String> response = engineer.send("POST", "/api/v1/designs", "application/yaml",
                designs.yaml("claims-triage"), "Sec-Fetch-Site", "cross-site");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pagesIgnoreHttpBasicCredentials() {
        HttpResponse<String> response = api("admin").get("/queue");

        assertThat(Caller.redirectsToLogin(response)).as("Basic credentials sign nobody in to a page: %s %s",
                response.statusCode(), response.headers().map()).isTrue();
    }

    @Test
    void anHtmxRequestOfAnAnonymousBrowserIsToldWhereToSignIn() {
        HttpResponse<String> response = Caller.api(port, null, null).get("/queue", "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login");
    }
}
