package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** User management over real HTTP: for administrators only, with Problem Details for refusals. */
class UsersApiTest extends RunningTenet {

    private static final String USERS = "/api/v1/users";
    private static final String ADMIN_BASIC = Http.basic(ADMIN, ADMIN_PASSWORD);

    @Test
    void theFirstAdministratorComesFromConfiguration() {
        HttpResponse<String> response = client().get(USERS + "/" + ADMIN, ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode admin = Http.json(response);
        assertThat(admin.get("roles").get(0).asString()).isEqualTo(Roles.ADMIN);
        assertThat(admin.get("enabled").asBoolean()).isTrue();
        assertThat(admin.has("password")).isFalse();
        assertThat(admin.has("passwordHash")).isFalse();
    }

    @Test
    void everyOtherRoleIsRefusedUserManagementWith403ProblemDetails() {
        for (String role : Roles.ALL) {
            if (role.equals(Roles.ADMIN)) {
                continue;
            }
            String someone = user("someone", role.equals(Roles.ENGINEER) ? "claims" : "", role);

            HttpResponse<String> response = client().get(USERS, Http.basic(someone, PASSWORD));

            assertThat(response.statusCode()).as(role).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(Http.json(response).get("status").asInt()).isEqualTo(403);
            assertThat(client().postJson(USERS + "/" + ADMIN + "/disable", "", Http.basic(someone, PASSWORD))
                    .statusCode()).as(role).isEqualTo(403);
        }
    }

    @Test
    void anAdministratorCreatesAUserWhoCanThenSignIn() {
        HttpResponse<String> response = client().postJson(USERS, """
                {"username": "Nia", "displayName": "Nia Okoro", "team": "claims", "roles": ["ENGINEER"],
                 "password": "nia-has-a-long-password"}""", ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/users/nia"));
        assertThat(Http.json(response).get("username").asString()).isEqualTo("nia");
        assertThat(response.body()).doesNotContain("nia-has-a-long-password");
        assertThat(client().get(ActorEcho.API, Http.basic("nia", "nia-has-a-long-password")).statusCode())
                .isEqualTo(200);
        assertThat(client().get(USERS, ADMIN_BASIC).body()).contains("\"nia\"");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String erin = user("erin", "claims", Roles.ENGINEER);

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE username = ?").param(erin)
                .query(String.class).single();

        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }

    @Test
    void anInvalidUserIsAnswered400NamingTheField() {
        HttpResponse<String> response = client().postJson(USERS, """
                {"username": "ok-name", "displayName": "Ok", "roles": ["ENGINEER", "WIZARD"],
                 "password": "long-enough-password"}""", ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("detail").asString()).startsWith("roles: unknown role 'WIZARD'");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("roles");
    }

    @Test
    void aMissingFieldIsAnswered400NamingIt() {
        HttpResponse<String> response = client().postJson(USERS, """
                {"username": "no-password", "displayName": "No Password", "roles": ["POLICY"]}""", ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asString()).contains("password");
    }

    @Test
    void aShortPasswordIsRefused() {
        HttpResponse<String> response = client().postJson(USERS, """
                {"username": "shorty", "displayName": "Shorty", "roles": ["POLICY"], "password": "short"}""",
                ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("detail").asString()).contains("password: must have at least 12 characters");
    }

    @Test
    void aTakenNameIsAnswered409() {
        String pat = user("pat", "", Roles.POLICY);

        HttpResponse<String> response = client().postJson(USERS, """
                {"username": "%s", "displayName": "Pat Again", "roles": ["POLICY"],
                 "password": "long-enough-password"}""".formatted(pat), ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(409);
    }

    @Test
    void anAdministratorReplacesAUsersRoles() {
        String rosa = user("rosa", "", Roles.RESEARCH);

        HttpResponse<String> response = client().send("PUT", USERS + "/" + rosa + "/roles", "application/json",
                "{\"roles\": [\"BOARD\", \"RESEARCH\"]}", ADMIN_BASIC);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get("roles").toString()).isEqualTo("[\"BOARD\",\"RESEARCH\"]");
    }

    @Test
    void aDisabledUserCanNoLongerSignInUntilEnabledAgain() {
        String eli = user("eli", "", Roles.ENGINEERING);

        HttpResponse<String> disabled = client().postJson(USERS + "/" + eli + "/disable", "", ADMIN_BASIC);

        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(Http.json(disabled).get("enabled").asBoolean()).isFalse();
        assertThat(client().get(ActorEcho.API, Http.basic(eli, PASSWORD)).statusCode()).isEqualTo(401);
        client().postJson(USERS + "/" + eli + "/enable", "", ADMIN_BASIC);
        assertThat(client().get(ActorEcho.API, Http.basic(eli, PASSWORD)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrDemoted() {
        assertThat(client().postJson(USERS + "/" + ADMIN + "/disable", "", ADMIN_BASIC).statusCode()).isEqualTo(409);
        assertThat(client().send("PUT", USERS + "/" + ADMIN + "/roles", "application/json", "{\"roles\":[\"BOARD\"]}",
                ADMIN_BASIC).statusCode()).isEqualTo(409);
    }

    @Test
    void anUnknownUserIsAnswered404() {
        assertThat(client().postJson(USERS + "/nobody-here/disable", "", ADMIN_BASIC).statusCode()).isEqualTo(404);
        assertThat(client().get(USERS + "/nobody-here", ADMIN_BASIC).statusCode()).isEqualTo(404);
    }
}
