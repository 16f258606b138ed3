package dev.tenet.web.policy;

import java.util.Objects;
import java.time.Instant;

/**
 * The last attempt to fetch the policy remote, or to read the repository, that failed: the
 * application goes on serving what it had. Cleared by the next sync that succeeds.
 *
 * @param message what went wrong, without credentials
 * @param at      when
 */
public record FetchFailure(String message, Instant at) {

    public FetchFailure {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
