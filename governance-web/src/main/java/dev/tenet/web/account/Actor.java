package dev.tenet.web.account;

import java.util.Objects;
import java.util.Set;

/**
 * Who acts on a design: a user's name, team and roles, as the workflow's rules need them.
 *
 * @param username the user's name
 * @param team     the engineering team, for engineers; empty for reviewers
 * @param roles    role names: ENGINEER, RESEARCH, POLICY, ENGINEERING, BOARD, ADMIN
 */
public record Actor(String username, String team, Set<String> roles) {

    /**
     * Tenet itself, for what the application does on its own (policy drift sends a design back to
     * review): no role, no team, and a name no account may take.
     */
    public static final Actor SYSTEM = new Actor("tenet", "", Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        team = team == null ? "" : team;
        roles = Set.copyOf(roles);
    }

    /** Whether the actor has this role. */
    public boolean has(String role) {
        return roles.contains(role);
    }
}
