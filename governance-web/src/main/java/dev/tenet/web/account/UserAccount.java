package dev.tenet.web.account;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A row of {@code users} with its roles: the stored account, never shown outside this package
 * (see {@link Account} for that).
 */
record UserAccount(Long id, String username, String displayName, String passwordHash, String team,
                   boolean enabled, Instant createdAt, Set<String> roles) {

    UserAccount {
        roles = Set.copyOf(roles);
    }

    static UserAccount create(String username, String displayName, String team, Set<String> roles,
                              String passwordHash, Instant createdAt) {
        return new UserAccount(null, username, displayName, passwordHash, team, true, createdAt, roles);
    }

    boolean has(String role) {
        return roles.contains(role);
    }

    UserAccount withId(long newId) {
        return new UserAccount(newId, username, displayName, passwordHash, team, enabled, createdAt, roles);
    }

    UserAccount withRoles(Set<String> newRoles) {
        return new UserAccount(id, username, displayName, passwordHash, team, enabled, createdAt, newRoles);
    }

    UserAccount withEnabled(boolean newEnabled) {
        return new UserAccount(id, username, displayName, passwordHash, team, newEnabled, createdAt, roles);
    }

    SignedInUser principal() {
        return new SignedInUser(username, displayName, team, roles, enabled, passwordHash);
    }

    Account view() {
        return new Account(username, displayName, team, roles, enabled, createdAt);
    }

    @Override
    public String toString() {
        // never the password hash
        return "UserAccount[" + id + ", " + username + ", team=" + team + ", roles=" + new TreeSet<>(roles)
                + ", enabled=" + enabled + "]";
    }
}
