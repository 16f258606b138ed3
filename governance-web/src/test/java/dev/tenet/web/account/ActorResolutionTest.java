package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A controller's {@link Actor} parameter is the signed-in user, whichever way they signed in. */
class ActorResolutionTest extends RunningTenet {

    @Test
    void theActorOfAFormSignInIsTheUserWithTeamAndRoles() {
        String erin = user("erin", "claims", Roles.ENGINEER);
        Http browser = browser();
        browser.login(erin, PASSWORD);

        assertActor(browser.get(ActorEcho.PAGE), erin, "claims", Roles.ENGINEER);
    }

    @Test
    void theActorOfHttpBasicIsTheUserWithTeamAndRoles() {
        String pat = user("pat", "", Roles.POLICY, Roles.BOARD);

        assertActor(client().get(ActorEcho.API, Http.basic(pat, PASSWORD)), pat, "", Roles.BOARD, Roles.POLICY);
    }

    @Test
    void theActorOfABearerTokenIsTheTokensUser() {
        String evan = user("evan", "claims", Roles.ENGINEER);
        String token = Http.json(client().postJson("/api/v1/tokens", "{\"name\":\"ci\"}", Http.basic(evan, PASSWORD)))
                .get("token").asString();

        assertActor(client().get(ActorEcho.API, Http.bearer(token)), evan, "claims", Roles.ENGINEER);
    }

    @Test
    void rolesChangedByAnAdministratorApplyToTheNextApiRequest() {
        String riley = user("riley", "", Roles.RESEARCH);
        accounts.setRoles(riley, List.of(Roles.RESEARCH, Roles.POLICY));

        assertActor(client().get(ActorEcho.API, Http.basic(riley, PASSWORD)), riley, "", Roles.POLICY, Roles.RESEARCH);
    }

    private static void assertActor(HttpResponse<String> response, String username, String team, String... roles) {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode actor = Http.json(response);
        assertThat(actor.get("username").asString()).isEqualTo(username);
        assertThat(actor.get("team").asString()).isEqualTo(team);
        assertThat(actor.get("roles").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(roles);
    }
}
