package dev.tenet.web.audit;

import dev.tenet.web.audit.AuditEvents.Head;

import java.util.List;

/**
 * One verification of the chain: walks the stored events in chain order, a batch at a time (so a
 * long trail never sits in memory whole), recomputing each hash and checking each link, then checks
 * that the head names the last event and that nothing was added beyond it.
 */
final class ChainWalk {

    static final int BATCH = 1_000;

    private final AuditEvents events;
    private long checked;
    private long expectedSeq = 1;
    private String previousHash = CanonicalEvent.GENESIS;
    private Long firstBroken;

    ChainWalk(AuditEvents events) {
        this.events = events;
    }

    Verification verify() {
        // Only events up to the head read now: later ones belong to appends committed meanwhile.
        Head head = events.head();
        long after = Long.MIN_VALUE;
        List<AuditEvent> batch;
        do {
            batch = events.inChainOrder(after, head.seq(), BATCH);
            batch.forEach(this::check);
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1).seq();
            }
        } while (batch.size() == BATCH);
        checkHead(head);
        checkNothingBeyond(head);
        return Verification.of(checked, firstBroken);
    }

    private void check(AuditEvent event) {
        checked++;
        if (event.seq() != expectedSeq) {
            // A gap: the first missing event is where the chain broke (an event before 1 was inserted).
            broken(Math.min(event.seq(), expectedSeq));
        } else if (!event.prevHash().equals(previousHash)
                || !CanonicalEvent.hash(event.prevHash(), event.seq(), event.entry()).equals(event.hash())) {
            broken(event.seq());
        }
        expectedSeq = event.seq() + 1;
        previousHash = event.hash();
    }

    private void checkHead(Head head) {
        long lastSeq = expectedSeq - 1;
        if (lastSeq < head.seq()) {
            broken(lastSeq + 1); // the last events were deleted
        } else if (!previousHash.equals(head.hash())) {
            broken(head.seq());
        }
    }

    private void checkNothingBeyond(Head head) {
        events.firstAfter(head.seq()).ifPresent(beyond -> {
            // An append commits its event and the head together: an event the head, read again, does
            // not reach was written behind the application's back.
            if (events.head().seq() < beyond) {
                broken(beyond);
            }
        });
    }

    private void broken(long seq) {
        if (firstBroken == null) {
            firstBroken = seq;
        }
    }
}
