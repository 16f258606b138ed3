package dev.tenet.web.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalEventTest {

    private static final String GENESIS = "0".repeat(64);
    private static final AuditEntry SUBMITTED = new AuditEntry("erin", Instant.parse("2025-03-01T09:30:00.123456789Z"),
            "SUBMITTED", 7L, 2, "c0ffee", "ab12", "Looks \"fine\"\n→ ok");
    private static final String SUBMITTED_JSON = "{\"action\":\"SUBMITTED\",\"actor\":\"erin\","
            + "\"at\":\"2025-03-01T09:30:00.123456Z\",\"comment\":\"Looks \\\"fine\\\"\\n→ ok\",\"designId\":7,"
            + "\"evaluationDigest\":\"ab12\",\"policyCommit\":\"c0ffee\",\"revision\":2,\"seq\":42}";

    @Test
    void writesSortedKeysWithoutWhitespaceAndTimesInMicroseconds() {
        assertThat(CanonicalEvent.json(42, SUBMITTED)).isEqualTo(SUBMITTED_JSON);
    }

    @Test
    void hashesThePreviousHashFollowedByTheCanonicalJson() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((GENESIS + SUBMITTED_JSON).getBytes(StandardCharsets.UTF_8));

        assertThat(CanonicalEvent.hash(GENESIS, 42, SUBMITTED))
                .isEqualTo(HexFormat.of().formatHex(digest))
                // computed once outside Java (Python's hashlib): the form must never drift
                .isEqualTo("0b2a98bfe5a0c1502f9489adec05736ea4b71e8a8aaeb9aae6057ed47a8ffbc2");
    }

    @Test
    void writesAbsentDesignAndRevisionAsNullAndAbsentTextsAsEmpty() {
        AuditEntry entry = new AuditEntry("ada", Instant.parse("2025-03-01T00:00:00Z"), "USER_CREATED",
                null, null, null, null, null);

        assertThat(CanonicalEvent.json(1, entry)).isEqualTo("{\"action\":\"USER_CREATED\",\"actor\":\"ada\","
                + "\"at\":\"2025-03-01T00:00:00.000000Z\",\"comment\":\"\",\"designId\":null,"
                + "\"evaluationDigest\":\"\",\"policyCommit\":\"\",\"revision\":null,\"seq\":1}");
        assertThat(CanonicalEvent.hash(GENESIS, 1, entry))
                .isEqualTo("bca5c16ad41839d99f607e1272c89ded9e2c1c3e40303f946ce02136e1171998");
    }

    @Test
    void escapesOnlyQuotesBackslashesAndControlCharactersAsRfc8785Does() {
        AuditEntry entry = new AuditEntry("a", Instant.EPOCH, "A", null, null, "", "",
                "q\" b\\ s/ \b\f\n\r\t \u0001\u001f \u007f é 😀 <script>");

        assertThat(CanonicalEvent.json(1, entry)).contains(
                "\"comment\":\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0001\\u001f \u007f é 😀 <script>\"");
    }

    @Test
    void truncatesTimesToMicrosecondsBeforeAnythingIsStoredOrHashed() {
        AuditEntry entry = new AuditEntry("a", Instant.parse("2025-01-01T00:00:00.999999999Z"), "A",
                null, null, "", "", "");

        assertThat(entry.at()).isEqualTo(Instant.parse("2025-01-01T00:00:00.999999Z"));
        assertThat(CanonicalEvent.at(entry.at())).isEqualTo("2025-01-01T00:00:00.999999Z");
    }

    @Test
    void cutsAnOverlongCommentToItsColumnWidth() {
        AuditEntry entry = new AuditEntry("a", Instant.EPOCH, "A", null, null, "", "", "x".repeat(5000));

        assertThat(entry.comment()).hasSize(AuditEntry.MAX_COMMENT).endsWith("…");
    }

    @Test
    void linksEachHashToThePreviousOne() {
        String first = CanonicalEvent.hash(GENESIS, 1, SUBMITTED);

        assertThat(CanonicalEvent.hash(first, 2, SUBMITTED))
                .isNotEqualTo(CanonicalEvent.hash(GENESIS, 2, SUBMITTED))
                .hasSize(64).matches("[0-9a-f]{64}");
    }
}
