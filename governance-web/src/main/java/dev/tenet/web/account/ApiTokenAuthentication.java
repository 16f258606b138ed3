package dev.tenet.web.account;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;
import java.util.List;

/** A request's bearer token: before authentication its secret, after it the token's user. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private String secret;

    private ApiTokenAuthentication(String secret) {
        super(List.of());
        this.user = null;
        this.secret = secret;
        setAuthenticated(false);
    }

    private ApiTokenAuthentication(SignedInUser user) {
        super(user.getAuthorities());
        this.user = user;
        this.secret = null;
        setAuthenticated(true);
    }

    static ApiTokenAuthentication unauthenticated(String secret) {
        return new ApiTokenAuthentication(secret);
    }

    static ApiTokenAuthentication authenticated(SignedInUser user) {
        return new ApiTokenAuthentication(user);
    }

    @Override
    public String getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return user == null ? "" : user;
    }

    @Override
    public String getName() {
        return user == null ? "" : user.getUsername();
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        secret = null;
    }
}
