package dev.tenet.web.policy;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every {@link PolicyHeadMoved} the application publishes, on whichever thread: for the tests to read. */
@TestComponent
class RecordedMoves {

    private final List<PolicyHeadMoved> moves = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PolicyHeadMoved moved) {
        moves.add(moved);
    }

    /** The moves so far, oldest first. */
    List<PolicyHeadMoved> all() {
        return List.copyOf(moves);
    }
}
