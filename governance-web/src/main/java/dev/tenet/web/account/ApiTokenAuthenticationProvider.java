package dev.tenet.web.account;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/** Authenticates a personal API token: a live token whose user may sign in. */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    static final String INVALID = "The API token is invalid, expired or revoked, or its user may not sign in.";

    private final PersonalTokens tokens;
    private final AccountUserDetailsService users;
    private final UserDetailsChecker status = new AccountStatusUserDetailsChecker();

    ApiTokenAuthenticationProvider(PersonalTokens tokens, AccountUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiToken token = tokens.verify((String) authentication.getCredentials())
                .orElseThrow(() -> new InvalidTokenException(INVALID));
        SignedInUser user = users.loadById(token.userId()).orElseThrow(() -> new InvalidTokenException(INVALID));
        try {
            status.check(user);
        } catch (AuthenticationException e) {
            throw new InvalidTokenException(INVALID, e);
        }
        tokens.recordUse(token);
        return ApiTokenAuthentication.authenticated(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
