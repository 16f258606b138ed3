package dev.tenet.web.audit;

import dev.tenet.web.audit.AuditEvents.Head;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The append-only, hash-chained audit trail (DESIGN.md section 7). Every state change appends an
 * event inside the transaction that makes the change, so the change and its event commit or roll
 * back together. The application never updates or deletes an event: this class has no way to.
 *
 * <h2>The chain</h2>
 * Events are numbered {@code seq} = 1, 2, 3, ... without gaps. Each stores
 * {@code prev_hash} (the previous event's {@code hash}; for event 1, 64 zeros) and
 * <pre>hash = lowercase-hex( SHA-256( UTF-8( prev_hash + canonical_json ) ) )</pre>
 * where {@code prev_hash} is the 64-character lower-case hex string and {@code +} is string
 * concatenation. The table {@code audit_head} (one row, {@code id = 1}) holds the last event's
 * {@code seq} and {@code hash}; an empty trail's head is {@code seq = 0} and 64 zeros.
 *
 * <h2>Canonical JSON of an event</h2>
 * One JSON object, no whitespace anywhere, with exactly these nine keys in this (sorted, by code
 * point) order, each built from the stored row's column:
 * <pre>
 * action            string   column action
 * actor             string   column actor
 * at                string   column at, in UTC as uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z' (always six
 *                            fractional digits: times are truncated to microseconds before storing)
 * comment           string   column comment (empty string when there is none)
 * designId          integer  column design_id, or null
 * evaluationDigest  string   column evaluation_digest (empty string when there is none)
 * policyCommit      string   column policy_commit (empty string when there is none)
 * revision          integer  column revision, or null
 * seq               integer  column seq
 * </pre>
 * Integers are plain decimal (optional minus sign, no leading zeros, no exponent); a null is
 * {@code null}. Strings are escaped as in RFC 8785 (JSON Canonicalization Scheme): {@code "} as
 * {@code \"}, {@code \} as {@code \\}, U+0008, U+0009, U+000A, U+000C, U+000D as {@code \b \t \n
 * \f \r}, every other character below U+0020 as {@code \}{@code u00xx} with lower-case hex, and
 * every other character, {@code /} and non-ASCII included, as itself. Example:
 * <pre>{"action":"SUBMITTED","actor":"erin","at":"2025-03-01T09:30:00.123456Z","comment":"","designId":7,"evaluationDigest":"ab12","policyCommit":"c0ffee","revision":2,"seq":42}</pre>
 * For this form (whose integers stay below 2^53) the RFC 8785 canonicalization of the object gives
 * the same bytes, so an auditor
 * can verify the trail with any JCS implementation, or with the REST API's output alone: its
 * events carry every field, {@code at} already in the canonical format.
 *
 * <h2>What verification detects, and what it cannot</h2>
 * {@link #verify()} detects an edited column of any event, a deleted or inserted event, reordered
 * events, and a deleted or added last event (the head no longer matches). Someone who can write to
 * the database can still rewrite the whole chain and the head consistently; to catch that, record
 * the head's hash somewhere they cannot write (a ticket, a signed log) and compare.
 */
@Service
public class AuditTrail {

    private final AuditEvents events;

    AuditTrail(AuditEvents events) {
        this.events = events;
    }

    /**
     * Appends an event to the chain within the caller's transaction, which must exist: the event
     * commits with the change it records, or not at all. Locks the chain's head until that
     * transaction ends, so concurrent appends queue and never fork the chain.
     *
     * @return the stored event, with its sequence number and hash
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(AuditEntry entry) {
        Head head = events.lockHead();
        long seq = head.seq() + 1;
        AuditEvent event = new AuditEvent(seq, entry, head.hash(), CanonicalEvent.hash(head.hash(), seq, entry));
        events.insert(event);
        events.advanceHead(head, new Head(seq, event.hash()));
        return event;
    }

    /**
     * Walks the whole chain in order, a batch at a time, recomputing every hash from the stored
     * row and checking every link, that sequence numbers have no gaps and that the head names the
     * last event. Events appended while it runs are left to the next verification.
     */
    public Verification verify() {
        return new ChainWalk(events).verify();
    }

    /** Every event of one design, in chain order: for a design's decision record. */
    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOf(long designId) {
        return events.ofDesign(designId);
    }
}
