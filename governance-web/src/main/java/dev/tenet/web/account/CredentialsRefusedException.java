package dev.tenet.web.account;

import org.springframework.security.core.AuthenticationException;

import java.io.Serial;

/**
 * An {@link ApiCredentials} credential was refused. Its message is written for the caller and is
 * the 401 answer's {@code detail}: say what was wrong and how to fix it, never any secret.
 */
public class CredentialsRefusedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A refusal whose message the caller reads. */
    public CredentialsRefusedException(String message) {
        super(message);
    }
}
