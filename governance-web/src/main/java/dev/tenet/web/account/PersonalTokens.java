package dev.tenet.web.account;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal API tokens: {@code tnt_} and 32 random bytes (base64url), shown once at creation and
 * stored only as the SHA-256 of the whole token. A token works until it expires or is revoked
 * (deleted), and only while its user may sign in.
 */
@Service
class PersonalTokens {

    static final String PREFIX = "tnt_";
    static final int MAX_EXPIRY_DAYS = 3650;
    private static final Pattern SHAPE = Pattern.compile("tnt_[A-Za-z0-9_-]{43}");
    // last_used_at is kept to the minute: an API client does not write a row on every request
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalTokens(ApiTokens tokens, UserAccounts users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /** A token just created: the only time its secret is known. */
    record Issued(ApiToken token, String secret) {
    }

    @Transactional
    Issued issue(String username, String name, Integer expiresInDays) {
        String tokenName = name == null ? "" : name.strip();
        if (tokenName.isEmpty() || tokenName.length() > 100) {
            throw AccountException.invalid("name", "must be 1 to 100 characters");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw AccountException.invalid("expiresInDays", "must be between 1 and " + MAX_EXPIRY_DAYS
                    + ", or absent for a token that does not expire");
        }
        Instant now = clock.instant();
        Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        String secret = newSecret();
        ApiToken token = tokens.insert(new ApiToken(null, userId(username), tokenName, hash(secret), now, expiresAt,
                null));
        return new Issued(token, secret);
    }

    List<ApiToken> list(String username) {
        return tokens.findByUserId(userId(username));
    }

    @Transactional
    void revoke(String username, long id) {
        if (tokens.deleteOwned(id, userId(username)) == 0) {
            throw AccountException.notFound("You have no API token " + id + ".");
        }
    }

    /** The unexpired token with this secret; empty for anything else. */
    Optional<ApiToken> verify(String secret) {
        if (secret == null || !SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(secret)).filter(found -> !found.expiredAt(now));
    }

    /** Records that a token authenticated a request (at most one write a minute per token). */
    void recordUse(ApiToken token) {
        Instant now = clock.instant();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            tokens.touch(token.id(), now);
        }
    }

    /** SHA-256 of the token, lower-case hex: what {@code api_tokens.token_hash} holds. */
    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private long userId(String username) {
        return users.findByUsername(username).map(UserAccount::id)
                .orElseThrow(() -> AccountException.notFound("No user named '" + username + "'."));
    }
}
