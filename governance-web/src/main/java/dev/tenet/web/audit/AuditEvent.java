package dev.tenet.web.audit;

/**
 * One stored link of the audit chain: the entry, its place in the chain and its hash.
 *
 * @param seq      the event's place in the chain, from 1, without gaps
 * @param entry    what happened
 * @param prevHash the previous event's hash (64 zeros for the first event)
 * @param hash     SHA-256 of {@code prevHash} followed by the event's canonical JSON, as {@link AuditTrail} defines it
 */
public record AuditEvent(long seq, AuditEntry entry, String prevHash, String hash) {
}
