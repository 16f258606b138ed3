package dev.tenet.web.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical JSON of an event and its chain hash, exactly as {@link AuditTrail}'s Javadoc
 * specifies them. Written by hand rather than with a JSON library, so that no library setting or
 * upgrade can change a byte of it.
 */
final class CanonicalEvent {

    /** The hash the first event links to. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private CanonicalEvent() {
    }

    /** The hash of the event at {@code seq}, linked to the previous event's hash. */
    static String hash(String prevHash, long seq, AuditEntry entry) {
        return sha256(prevHash + json(seq, entry));
    }

    /** The event's canonical JSON: keys sorted, no whitespace. */
    static String json(long seq, AuditEntry entry) {
        Map<String, Object> fields = new TreeMap<>();
        fields.put("action", entry.action());
        fields.put("actor", entry.actor());
        fields.put("at", at(entry.at()));
        fields.put("comment", entry.comment());
        fields.put("designId", entry.designId());
        fields.put("evaluationDigest", entry.evaluationDigest());
        fields.put("policyCommit", entry.policyCommit());
        fields.put("revision", entry.revision());
        fields.put("seq", seq);
        StringBuilder json = new StringBuilder(256).append('{');
        fields.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, key).append(':');
            if (value == null) {
                json.append("null");
            } else if (value instanceof String text) {
                string(json, text);
            } else {
                json.append(value); // Long or Integer: plain decimal
            }
        });
        return json.append('}').toString();
    }

    /** An instant as the canonical form writes it: UTC, always six fractional digits. */
    static String at(Instant at) {
        return AT.format(at);
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // RFC 8785 string escaping: quote, backslash and control characters only; everything else literal.
    private static StringBuilder string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
