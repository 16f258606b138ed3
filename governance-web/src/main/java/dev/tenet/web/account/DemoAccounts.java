package dev.tenet.web.account;

import org.springframework.core.env.Environment;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo profile's users (DESIGN.md section 6) and the rule that keeps them out of every other
 * profile: outside {@code demo}, their names and the password {@code demo} are refused when an
 * account is created and again at every sign-in, so a database seeded by a demo run stays safe.
 */
@Component
class DemoAccounts implements CompromisedPasswordChecker {

    static final String PROFILE = "demo";
    static final String PASSWORD = "demo";

    /** A demo user: sign-in name, display name, team and its one role. */
    record DemoUser(String username, String displayName, String team, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("erin", "Erin Walsh", "claims", Roles.ENGINEER),
            new DemoUser("evan", "Evan Brooks", "claims", Roles.ENGINEER),
            new DemoUser("riley", "Riley Chen", "", Roles.RESEARCH),
            new DemoUser("rosa", "Rosa Martins", "", Roles.RESEARCH),
            new DemoUser("pat", "Pat Okafor", "", Roles.POLICY),
            new DemoUser("priya", "Priya Natarajan", "", Roles.POLICY),
            new DemoUser("eli", "Eli Cohen", "", Roles.ENGINEERING),
            new DemoUser("emma", "Emma Larsen", "", Roles.ENGINEERING),
            new DemoUser("bo", "Bo Lindqvist", "", Roles.BOARD),
            new DemoUser("bea", "Bea Kowalski", "", Roles.BOARD),
            new DemoUser("ada", "Ada Byrne", "", Roles.ADMIN));

    private static final Set<String> NAMES = USERS.stream().map(DemoUser::username).collect(Collectors.toSet());

    private final boolean active;

    DemoAccounts(Environment environment) {
        this.active = environment.matchesProfiles(PROFILE);
    }

    /** Whether the demo profile is active. */
    boolean active() {
        return active;
    }

    /** Whether this account name may not be used (a demo name outside the demo profile). */
    boolean refusesUsername(String username) {
        return !active && username != null && NAMES.contains(username.toLowerCase(Locale.ROOT));
    }

    /** Whether this password may not be used (the demo password outside the demo profile). */
    boolean refusesPassword(String rawPassword) {
        return !active && PASSWORD.equals(rawPassword);
    }

    /** Sign-in treats the demo password, outside the demo profile, as compromised: refused. */
    @Override
    public CompromisedPasswordDecision check(String password) {
        return new CompromisedPasswordDecision(refusesPassword(password));
    }
}
