package dev.tenet.web.account;

import java.time.Instant;

/**
 * A personal API token (a row of {@code api_tokens}): only the SHA-256 of its secret is stored.
 *
 * @param expiresAt  when it stops working; null for never
 * @param lastUsedAt when it last authenticated a request (to the minute); null for never
 */
record ApiToken(Long id, long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt,
                Instant lastUsedAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    ApiToken withId(long newId) {
        return new ApiToken(newId, userId, name, tokenHash, createdAt, expiresAt, lastUsedAt);
    }

    @Override
    public String toString() {
        return "ApiToken[" + id + ", user " + userId + ", " + name + "]"; // never the hash
    }
}
