package dev.tenet.web.account;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What a valid account looks like; each check names the field it refuses. */
final class AccountRules {

    static final int MIN_PASSWORD_LENGTH = 12;
    // BCrypt reads at most 72 bytes; a longer password would be silently truncated.
    static final int MAX_PASSWORD_BYTES = 72;

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    private static final Pattern TEAM = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}[a-z0-9])?");

    private AccountRules() {
    }

    /** The sign-in name as stored: trimmed, lower case. */
    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static String username(String username) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw AccountException.invalid("username", "must be 2 to 64 characters: a letter, then lower-case"
                    + " letters, digits, '.', '_' or '-'");
        }
        if (name.equals(Actor.SYSTEM.username())) {
            throw AccountException.invalid("username", "'" + name + "' is reserved: the audit trail names Tenet itself"
                    + " by it");
        }
        return name;
    }

    static String displayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw AccountException.invalid("displayName", "must be 1 to 200 characters");
        }
        return name;
    }

    static String team(String team) {
        String name = team == null ? "" : team.strip();
        if (!name.isEmpty() && !TEAM.matcher(name).matches()) {
            throw AccountException.invalid("team", "must be a slug like 'claims': lower-case letters, digits"
                    + " and hyphens");
        }
        return name;
    }

    /** The roles, each known, at least one; an engineer needs a team to submit for. */
    static Set<String> roles(Collection<String> roles, String team) {
        if (roles == null || roles.isEmpty()) {
            throw AccountException.invalid("roles", "must name at least one of " + Roles.ALL);
        }
        Set<String> known = new TreeSet<>();
        for (String role : roles) {
            if (!Roles.isKnown(role)) {
                throw AccountException.invalid("roles", "unknown role '" + role + "'; the roles are " + Roles.ALL);
            }
            known.add(role);
        }
        if (known.contains(Roles.ENGINEER) && team.isEmpty()) {
            throw AccountException.invalid("team", "an ENGINEER needs a team");
        }
        return known;
    }

    /**
     * A new password: never longer than BCrypt reads; outside the demo profile at least
     * {@value #MIN_PASSWORD_LENGTH} characters and never the demo password.
     */
    static String password(String raw, DemoAccounts demo) {
        if (raw == null || raw.isBlank()) {
            throw AccountException.invalid("password", "must not be blank");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw AccountException.invalid("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        if (demo.refusesPassword(raw)) {
            throw AccountException.invalid("password", "the demo password is refused outside the demo profile");
        }
        if (!demo.active() && raw.length() < MIN_PASSWORD_LENGTH) {
            throw AccountException.invalid("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return raw;
    }
}
