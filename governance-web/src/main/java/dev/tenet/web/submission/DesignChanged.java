package dev.tenet.web.submission;

import java.time.Instant;

/**
 * Published, inside the transaction, whenever a design's state or record changes: the audit trail
 * appends it in that same transaction, so no change is ever committed without its event.
 *
 * @param actor            who acted
 * @param action           what happened: {@code CREATED}, {@code REVISED}, {@code SUBMITTED}, {@code APPROVED}, ...
 * @param designId         the design
 * @param design           its team/name, for people reading the trail
 * @param revision         the revision acted on
 * @param policyCommit     the policy commit its evaluation is pinned at, or empty
 * @param evaluationDigest SHA-256 of the pinned evaluation's JSON, or empty
 * @param comment          the reviewer's comment or what was recorded
 * @param at               when
 */
public record DesignChanged(String actor, String action, long designId, String design, int revision,
                            String policyCommit, String evaluationDigest, String comment, Instant at) {
}
