package dev.tenet.web.account;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' security over real HTTP: the login form, sessions, CSRF, open paths and headers. */
class PageSecurityTest extends RunningTenet {

    private static final String TOKENS_PAGE = "/account/tokens";

    @Test
    void anAnonymousPageRequestIsSentToTheLoginPage() {
        HttpResponse<String> response = client().get(TOKENS_PAGE);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anAnonymousHtmxRequestIsToldToGoToTheLoginPage() {
        HttpResponse<String> response = client().get(TOKENS_PAGE, "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("HX-Redirect")).hasValue("/login");
    }

    @Test
    void theApiDocumentationNeedsASignIn() {
        assertThat(client().get("/v3/api-docs").statusCode()).isEqualTo(302);
        assertThat(client().get("/swagger-ui/index.html").statusCode()).isEqualTo(302);
    }

    @Test
    void theLoginPageIsOpenAndAccessible() {
        HttpResponse<String> page = client().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<label for=\"username\"", "<label for=\"password\"", "autofocus",
                        "name=\"viewport\"", "name=\"_csrf\"", "/webjars/bootstrap/", "/css/bootstrap.min.css")
                .doesNotContain("role=\"alert\"")
                .doesNotContain("Demo users");
    }

    @Test
    void healthIsOpen() {
        HttpResponse<String> response = client().get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }

    @Test
    void webjarsAreOpenWithoutAVersionInTheirPath() {
        HttpResponse<String> response = client().get("/webjars/bootstrap/css/bootstrap.min.css");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> page = client().get("/login");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void onlySwaggerUiMayUseInlineStyles() {
        Http browser = browser();
        browser.login(ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> swagger = browser.get("/swagger-ui/index.html");

        assertThat(swagger.statusCode()).isEqualTo(200);
        assertThat(swagger.headers().allValues("Content-Security-Policy")).singleElement().satisfies(policy -> assertThat(policy)
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'self';", "frame-ancestors 'none'"));
        assertThat(browser.get(TOKENS_PAGE).headers().allValues("Content-Security-Policy"))
                .containsExactly(SecurityConfiguration.PAGE_POLICY);
    }

    @Test
    void aWrongPasswordShowsTheLoginPageWithAnAlert() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();

        HttpResponse<String> response = browser.login(erin, "wrong-password-here");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        HttpResponse<String> page = browser.get("/login?error");
        assertThat(page.body()).contains("role=\"alert\"", "aria-invalid=\"true\"");
    }

    @Test
    void signingInReturnsToTheRequestedPageInANewSession() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        String before = browser.get(TOKENS_PAGE).headers().firstValue("Set-Cookie").orElseThrow();

        HttpResponse<String> signedIn = browser.login(erin, PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains(TOKENS_PAGE));
        assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").isNotEqualTo(before));
        assertThat(browser.get(TOKENS_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        browser.login(erin, PASSWORD);

        HttpResponse<String> response = browser.postForm(TOKENS_PAGE, Map.of("name", "ci"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(accounts.find(erin)).isPresent();
        assertThat(client().get("/api/v1/tokens", Http.basic(erin, PASSWORD)).body()).isEqualTo("[]");
    }

    @Test
    void aFormPostedWithItsCsrfTokenIsServed() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        browser.login(erin, PASSWORD);
        String csrf = Http.csrf(browser.get(TOKENS_PAGE));

        HttpResponse<String> response = browser.postForm(TOKENS_PAGE, Map.of("name", "from-the-page", "_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Copy it now", "id=\"new-token\"", "value=\"tnt_");
        assertThat(client().get("/api/v1/tokens", Http.basic(erin, PASSWORD)).body()).contains("from-the-page");
    }

    @Test
    void theLoginFormItselfNeedsItsCsrfToken() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        HttpResponse<String> response = browser().postForm("/login", Map.of("username", erin, "password", PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aTokenCanBeRevokedFromThePage() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        long id = Http.json(client().postJson("/api/v1/tokens", "{\"name\":\"old\"}", Http.basic(erin, PASSWORD)))
                .get("id").asLong();
        Http browser = browser();
        browser.login(erin, PASSWORD);
        String csrf = Http.csrf(browser.get(TOKENS_PAGE));

        HttpResponse<String> response = browser.postForm(TOKENS_PAGE + "/" + id + "/revoke", Map.of("_csrf", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(client().get("/api/v1/tokens", Http.basic(erin, PASSWORD)).body()).isEqualTo("[]");
    }

    @Test
    void signingOutEndsTheSession() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        browser.login(erin, PASSWORD);
        String csrf = Http.csrf(browser.get(TOKENS_PAGE));

        HttpResponse<String> response = browser.postForm("/logout", Map.of("_csrf", csrf));

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(browser.get(TOKENS_PAGE).statusCode()).isEqualTo(302);
    }

    @Test
    void aSessionDoesNotAuthenticateTheApi() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        browser.login(erin, PASSWORD);

        assertThat(browser.get("/api/v1/tokens").statusCode()).isEqualTo(401);
    }
}
