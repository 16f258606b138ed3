package dev.tenet.web.policy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The signature a GitHub (or GitHub-compatible) webhook sends: {@code X-Hub-Signature-256:
 * sha256=<hex>}, the HMAC-SHA256 of the raw request body keyed with the secret both sides share
 * ({@code tenet.webhook.secret}). The signature is compared with the expected one in constant time
 * ({@link MessageDigest#isEqual}), so a caller cannot guess it byte by byte from response times.
 */
final class WebhookSignature {

    /** The header that carries the signature. */
    static final String HEADER = "X-Hub-Signature-256";

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_DIGITS = 64;

    /** What checking one request's signature found. */
    enum Check {
        VALID("the signature matches"),
        NO_SECRET("this server takes no signed calls: it has no webhook secret (tenet.webhook.secret)"),
        MALFORMED("the " + HEADER + " header is not 'sha256=' followed by " + HEX_DIGITS + " hex digits"),
        MISMATCH("the " + HEADER + " signature does not match the body: the webhook's secret is not this"
                + " server's tenet.webhook.secret, or the body was changed on the way");

        private final String reason;

        Check(String reason) {
            this.reason = reason;
        }

        /** Why, in words for the caller. */
        String reason() {
            return reason;
        }
    }

    private final Optional<SecretKeySpec> key;

    /** A verifier for this secret; a blank one accepts no signature at all. */
    WebhookSignature(String secret) {
        this.key = secret == null || secret.isBlank() ? Optional.empty()
                : Optional.of(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    }

    /** Checks the {@value #HEADER} header's value against the raw body. */
    Check check(String header, byte[] body) {
        if (key.isEmpty()) {
            return Check.NO_SECRET;
        }
        Optional<byte[]> claimed = digest(header);
        if (claimed.isEmpty()) {
            return Check.MALFORMED;
        }
        return MessageDigest.isEqual(hmac(key.get(), body), claimed.get()) ? Check.VALID : Check.MISMATCH;
    }

    /** The 32 bytes a well-formed header names: {@code sha256=} (any case) and 64 hex digits. */
    private static Optional<byte[]> digest(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX) || value.length() != PREFIX.length() + HEX_DIGITS) {
            return Optional.empty();
        }
        try {
            return Optional.of(HexFormat.of().parseHex(value, PREFIX.length(), value.length()));
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(SecretKeySpec key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256 with any key", e);
        }
    }
}
