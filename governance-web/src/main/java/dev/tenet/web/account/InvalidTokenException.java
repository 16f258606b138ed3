package dev.tenet.web.account;

import org.springframework.security.core.AuthenticationException;

import java.io.Serial;

/** A bearer token that authenticates nobody: unknown, expired, revoked, or its user may not sign in. */
final class InvalidTokenException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    InvalidTokenException(String message) {
        super(message);
    }

    InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
