package dev.tenet.web.account;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * The principal of every authenticated request, whether it signed in with the login form, HTTP
 * Basic or a personal API token. It carries what the workflow needs ({@link #actor()}) and the
 * display name the UI shows; the password hash is erased once authentication is done.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String team;
    private final Set<String> roles;
    private final boolean enabled;
    private String passwordHash;

    SignedInUser(String username, String displayName, String team, Set<String> roles, boolean enabled,
                 String passwordHash) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.team = team == null ? "" : team;
        this.roles = Set.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /**
     * A principal for an actor, without a password: for tests of controllers that take an
     * {@link Actor} (e.g. MockMvc's {@code user(SignedInUser.of(actor))}).
     */
    public static SignedInUser of(Actor actor) {
        return new SignedInUser(actor.username(), actor.username(), actor.team(), actor.roles(), true, null);
    }

    /** Who this is, as the workflow's rules see it. */
    public Actor actor() {
        return new Actor(username, team, roles);
    }

    /** The name the UI shows. */
    public String getDisplayName() {
        return displayName;
    }

    /** The engineering team; empty for reviewers. */
    public String getTeam() {
        return team;
    }

    /** The role names (see {@link Roles}). */
    public Set<String> getRoles() {
        return roles;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", team=" + team + ", roles=" + roles + "]";
    }
}
