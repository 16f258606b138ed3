package dev.tenet.web.account;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users exist in the demo profile only. */
class DemoAccountsTest {

    private final DemoAccounts production = new DemoAccounts(new MockEnvironment());
    private final DemoAccounts demo = new DemoAccounts(new MockEnvironment().withProperty("spring.profiles.active",
            "demo"));

    @Test
    void theDemoUsersAreThoseOfTheDesignWithEveryRole() {
        assertThat(DemoAccounts.USERS).extracting(DemoAccounts.DemoUser::username).containsExactly(
                "erin", "evan", "riley", "rosa", "pat", "priya", "eli", "emma", "bo", "bea", "ada");
        assertThat(DemoAccounts.USERS.stream().map(DemoAccounts.DemoUser::role).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Roles.ALL);
        assertThat(DemoAccounts.USERS).filteredOn(user -> user.role().equals(Roles.ENGINEER))
                .allSatisfy(user -> assertThat(user.team()).isEqualTo("claims"));
    }

    @Test
    void outsideTheDemoProfileTheirNamesAreRefusedInAnyCase() {
        assertThat(production.refusesUsername("erin")).isTrue();
        assertThat(production.refusesUsername("ADA")).isTrue();
        assertThat(production.refusesUsername("erin2")).isFalse();
    }

    @Test
    void outsideTheDemoProfileTheDemoPasswordCountsAsCompromised() {
        assertThat(production.check("demo").isCompromised()).isTrue();
        assertThat(production.check("Demo").isCompromised()).isFalse();
    }

    @Test
    void inTheDemoProfileNothingIsRefused() {
        assertThat(demo.active()).isTrue();
        assertThat(demo.refusesUsername("erin")).isFalse();
        assertThat(demo.check("demo").isCompromised()).isFalse();
    }
}
