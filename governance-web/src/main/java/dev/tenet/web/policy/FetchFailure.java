package dev.tenet.web.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * The last attempt to fetch the policy remote, or to read the repository, that failed: the
 * application goes on serving what it had. Cleared by the next sync that succeeds.
 *
 * @param message what went wrong, without credentials
 * @param at      when it failed so first: a failure that repeats, sync after sync, keeps its first time
 */
public record FetchFailure(String message, Instant at) {

    public FetchFailure {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
