package dev.tenet.web.audit;

/**
 * An audit event as the API shows it: every field its hash covers, {@code at} in the canonical
 * format, so that anyone can recompute the chain from the API's output alone.
 */
record EventView(long seq, String at, String actor, String action, Long designId, Integer revision,
                 String policyCommit, String evaluationDigest, String comment, String hash, String prevHash) {

    static EventView of(AuditEvent event) {
        AuditEntry entry = event.entry();
        return new EventView(event.seq(), CanonicalEvent.at(entry.at()), entry.actor(), entry.action(),
                entry.designId(), entry.revision(), entry.policyCommit(), entry.evaluationDigest(), entry.comment(),
                event.hash(), event.prevHash());
    }
}
