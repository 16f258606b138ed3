package dev.tenet.web.account;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** In the demo profile the demo users exist, with the password {@code demo}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"server.address=127.0.0.1",
        "tenet.demo.sample-designs=false"})
@ActiveProfiles("demo")
@Import(ActorEcho.class)
class DemoProfileTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-demo-test");
    }

    @Test
    void everyDemoUserExistsWithTheirRoleAndTeam() {
        for (DemoAccounts.DemoUser demo : DemoAccounts.USERS) {
            Account account = accounts.find(demo.username()).orElseThrow();
            assertThat(account.roles()).containsExactly(demo.role());
            assertThat(account.team()).isEqualTo(demo.team());
            assertThat(account.displayName()).isEqualTo(demo.displayName());
        }
    }

    @Test
    void erinSignsInWithTheDemoPasswordAsAnEngineerOfClaims() {
        HttpResponse<String> response = Http.client(port).get(ActorEcho.API, Http.basic("erin", "demo"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode actor = Http.json(response);
        assertThat(actor.get("team").asString()).isEqualTo("claims");
        assertThat(actor.get("roles").get(0).asString()).isEqualTo(Roles.ENGINEER);
    }

    @Test
    void aDemoUserSignsInWithTheLoginForm() {
        Http browser = Http.browser(port);

        HttpResponse<String> response = browser.login("priya", "demo");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(Http.json(browser.get(ActorEcho.PAGE)).get("username").asString()).isEqualTo("priya");
    }

    @Test
    void adaAdministersUsers() {
        assertThat(Http.client(port).get("/api/v1/users", Http.basic("ada", "demo")).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginPageListsTheDemoUsers() {
        String page = Http.client(port).get("/login").body();

        assertThat(page).contains("Demo users", "<code>erin</code>", "<code>ada</code>", "Erin Walsh");
    }
}
