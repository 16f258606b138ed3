package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a valid account is; each refusal names its field. */
class AccountRulesTest {

    private static final DemoAccounts PRODUCTION = new DemoAccounts(new MockEnvironment());
    private static final DemoAccounts DEMO = new DemoAccounts(new MockEnvironment().withProperty(
            "spring.profiles.active", "demo"));

    @Test
    void aUsernameIsStoredTrimmedAndInLowerCase() {
        assertThat(AccountRules.username("  Erin.Walsh ")).isEqualTo("erin.walsh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "e", "1erin", "erin walsh", "erin@example.com", "érin"})
    void aUsernameThatIsNotASimpleNameIsRefused(String username) {
        assertRefused(() -> AccountRules.username(username), "username");
    }

    @Test
    void theSystemActorsNameIsReservedSoThatNoPersonPassesForTenetInTheAuditTrail() {
        assertRefused(() -> AccountRules.username(" Tenet "), "username");
    }

    @Test
    void aTeamIsASlugOrEmpty() {
        assertThat(AccountRules.team(null)).isEmpty();
        assertThat(AccountRules.team("claims-ops")).isEqualTo("claims-ops");
        assertRefused(() -> AccountRules.team("Claims Ops"), "team");
    }

    @Test
    void rolesMustBeKnownAndAtLeastOne() {
        assertThat(AccountRules.roles(List.of(Roles.POLICY, Roles.BOARD), "")).containsExactly(Roles.BOARD, Roles.POLICY);
        assertRefused(() -> AccountRules.roles(List.of(), ""), "roles");
        assertRefused(() -> AccountRules.roles(List.of("admin"), ""), "roles");
    }

    @Test
    void anEngineerNeedsATeam() {
        assertRefused(() -> AccountRules.roles(List.of(Roles.ENGINEER), ""), "team");
    }

    @Test
    void outsideTheDemoProfileAPasswordHasAtLeastTwelveCharacters() {
        assertThat(AccountRules.password("twelve-chars", PRODUCTION)).isEqualTo("twelve-chars");
        assertRefused(() -> AccountRules.password("eleven-char", PRODUCTION), "password");
    }

    @Test
    void outsideTheDemoProfileTheDemoPasswordIsRefused() {
        assertThatThrownBy(() -> AccountRules.password("demo", PRODUCTION))
                .hasMessageContaining("demo password is refused");
    }

    @Test
    void inTheDemoProfileTheDemoPasswordIsAccepted() {
        assertThat(AccountRules.password("demo", DEMO)).isEqualTo("demo");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        assertRefused(() -> AccountRules.password("é".repeat(37), PRODUCTION), "password");
    }

    private static void assertRefused(Runnable check, String field) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(AccountException.class, refused -> {
            assertThat(refused.kind()).isEqualTo(AccountException.Kind.INVALID);
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.getMessage()).startsWith(field + ": ");
            assertThat(refused.getBody().getStatus()).isEqualTo(400);
        });
    }
}
