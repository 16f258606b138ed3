package dev.tenet.web.account;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the demo profile, the demo accounts and the demo password are refused, at creation and
 * at every sign-in: even when a demo run left their rows in the database.
 */
class DemoAccountsOutsideDemoTest extends RunningTenet {

    @Test
    void erinWithTheDemoPasswordIsRefusedEvenWhenHerRowExists() {
        insertUser("erin", "claims", Roles.ENGINEER, "demo");

        assertThat(client().get(ActorEcho.API, Http.basic("erin", "demo")).statusCode()).isEqualTo(401);
        HttpResponse<String> form = browser().login("erin", "demo");
        assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void aDemoAccountIsRefusedWhateverItsPassword() {
        insertUser("ada", "", Roles.ADMIN, "ada-strong-password");

        assertThat(client().get("/api/v1/users", Http.basic("ada", "ada-strong-password")).statusCode()).isEqualTo(401);
        assertThat(client().get("/api/v1/users", Http.basic("ADA", "ada-strong-password")).statusCode()).isEqualTo(401);
    }

    @Test
    void theDemoPasswordIsRefusedForAnyAccount() {
        insertUser("mallory", "", Roles.POLICY, "demo");

        assertThat(client().get(ActorEcho.API, Http.basic("mallory", "demo")).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfADemoAccountIsRefused() {
        long bo = insertUser("bo", "", Roles.BOARD, "demo");
        String secret = "tnt_" + "b".repeat(43);
        jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, 'left over', ?,"
                + " CURRENT_TIMESTAMP)").params(bo, PersonalTokens.hash(secret)).update();

        assertThat(client().get(ActorEcho.API, Http.bearer(secret)).statusCode()).isEqualTo(401);
    }

    @Test
    void aDemoAccountCannotBeCreated() {
        assertThatThrownBy(() -> accounts.createUser("riley", "Riley", "", List.of(Roles.RESEARCH), PASSWORD))
                .isInstanceOfSatisfying(AccountException.class, refused -> assertThat(refused.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.createUser("Priya", "Priya", "", List.of(Roles.POLICY), PASSWORD))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void theDemoPasswordCannotBeGivenToANewAccount() {
        assertThatThrownBy(() -> accounts.createUser("newcomer", "Newcomer", "", List.of(Roles.POLICY), "demo"))
                .isInstanceOfSatisfying(AccountException.class, refused -> assertThat(refused.field()).isEqualTo("password"));
    }

    @Test
    void theLoginPageListsNoDemoUsers() {
        assertThat(client().get("/login").body()).doesNotContain("Demo users");
    }
}
