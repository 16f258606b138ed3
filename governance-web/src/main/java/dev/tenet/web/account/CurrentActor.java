package dev.tenet.web.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link Actor} of the current request, for code that is not a controller (controllers take an
 * {@code Actor} parameter instead). Works the same for the login form, HTTP Basic and API tokens.
 */
@Component
public class CurrentActor {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    private static final String ROLE_PREFIX = "ROLE_";

    /** The signed-in actor, or empty for an anonymous request. */
    public Optional<Actor> get() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The signed-in actor; an anonymous request is answered with 401 (or the login page). */
    public Actor require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in first."));
    }

    /**
     * The actor an authentication stands for. Tenet's own sign-ins carry a {@link SignedInUser};
     * any other authenticated principal (a test's mock user) becomes an actor with its name, no
     * team, and the roles of its {@code ROLE_} authorities.
     */
    public static Optional<Actor> from(Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Actor(authentication.getName(), "", roles));
    }
}
