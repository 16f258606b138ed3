package dev.tenet.web.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Objects;

/**
 * A credential other than HTTP Basic or a personal API token that a feature module accepts on some
 * API requests (a webhook's signature), declared as a bean. The API's security chain checks it
 * before Bearer and Basic, with Spring Security's {@code AuthenticationFilter}, on the requests
 * {@code requests} matches: {@code converter} reads the credential from the request, or answers
 * {@code null} when the request carries none (it goes on to Bearer and Basic); {@code provider}
 * authenticates what the converter read. An {@code AuthenticationException} from either is
 * answered 401 as Problem Details, like every refusal of the API; throw a
 * {@link CredentialsRefusedException} to tell the caller why.
 *
 * @param requests  the requests this credential may authenticate
 * @param converter reads the credential from a request
 * @param provider  checks it
 */
public record ApiCredentials(RequestMatcher requests, AuthenticationConverter converter,
                             AuthenticationProvider provider) {

    public ApiCredentials {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(provider, "provider");
    }
}
