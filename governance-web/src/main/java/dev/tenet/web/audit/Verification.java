package dev.tenet.web.audit;

/**
 * What verifying the audit chain found.
 *
 * @param valid            whether every event's hash and link hold, without gaps, up to the head
 * @param events           how many stored events were checked
 * @param firstBrokenEvent the sequence number of the first event that fails: one whose hash or
 *                         link does not hold, or the first missing (deleted) one, or the first one
 *                         beyond the recorded head; {@code null} when the chain is valid
 */
public record Verification(boolean valid, long events, Long firstBrokenEvent) {

    static Verification of(long events, Long firstBrokenEvent) {
        return new Verification(firstBrokenEvent == null, events, firstBrokenEvent);
    }
}
