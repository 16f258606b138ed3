package dev.tenet.web.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What happened, as the caller tells the {@link AuditTrail}: one event before it gets its place
 * (sequence number) and hash in the chain.
 *
 * <p>The constructor normalises the entry to exactly what the database stores, so that the hash
 * computed before the insert is the hash recomputed from the stored row: the time is truncated to
 * microseconds (the precision of {@code TIMESTAMP WITH TIME ZONE} on H2 and PostgreSQL), absent
 * texts become empty, and a comment longer than {@value #MAX_COMMENT} characters is cut to fit its
 * column, ending with {@code "…"}.
 *
 * @param actor            who acted (a username)
 * @param at               when
 * @param action           what happened, e.g. {@code SUBMITTED}
 * @param designId         the design acted on, or {@code null} for an event about no design
 * @param revision         the design's revision, or {@code null}
 * @param policyCommit     the policy commit the evaluation is pinned at, or empty
 * @param evaluationDigest SHA-256 of the pinned evaluation, or empty
 * @param comment          the reviewer's comment or what was recorded, or empty
 */
public record AuditEntry(String actor, Instant at, String action, Long designId, Integer revision,
                         String policyCommit, String evaluationDigest, String comment) {

    /** The longest comment the trail stores, in characters: the width of its column. */
    public static final int MAX_COMMENT = 4000;

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        policyCommit = policyCommit == null ? "" : policyCommit;
        evaluationDigest = evaluationDigest == null ? "" : evaluationDigest;
        comment = fit(comment == null ? "" : comment);
    }

    private static String fit(String comment) {
        if (comment.length() <= MAX_COMMENT) {
            return comment;
        }
        int end = MAX_COMMENT - 1;
        if (Character.isHighSurrogate(comment.charAt(end - 1))) {
            end--; // never split a surrogate pair: half a character does not survive UTF-8
        }
        return comment.substring(0, end) + "…";
    }
}
