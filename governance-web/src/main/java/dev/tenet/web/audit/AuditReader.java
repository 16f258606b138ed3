package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads the trail on behalf of a person, showing only what they may see: reviewers and admins see
 * every event; an engineer sees the events of their own team's designs, and another team's design
 * is to them like one that does not exist (404), as in {@code submission.VisibleDesigns}. Unlike
 * that rule, reviewers also see the events of designs still in DRAFT: the trail is the record of
 * everything that happened, and reviewers audit it.
 */
@Component
class AuditReader {

    private static final Set<String> SEE_EVERYTHING = Set.of("ADMIN", "POLICY", "BOARD", "RESEARCH", "ENGINEERING");
    static final int MAX_PAGE_SIZE = 200;

    private final AuditEvents events;
    private final Designs designs;

    AuditReader(AuditEvents events, Designs designs) {
        this.events = events;
        this.designs = designs;
    }

    /**
     * A page of the events the actor may see, newest first, of one design or of all.
     *
     * @throws ResponseStatusException 404 for an engineer asking for a design that is not their team's
     *                                 (or does not exist), 400 for a page out of range
     */
    EventPage page(Actor actor, Long designId, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        return events.page(filterFor(actor, designId), page, size);
    }

    /** "team/name" of each of these designs that exists, by id. */
    Map<Long, String> designNames(Collection<Long> ids) {
        return StreamSupport.stream(designs.findAllById(Set.copyOf(ids)).spliterator(), false)
                .collect(Collectors.toMap(Design::id, Design::toString, (a, b) -> a));
    }

    EventFilter filterFor(Actor actor, Long designId) {
        if (SEE_EVERYTHING.stream().anyMatch(actor::has)) {
            return EventFilter.everything(designId);
        }
        if (!actor.has("ENGINEER") || actor.team().isEmpty()) {
            return EventFilter.within(designId, Set.of());
        }
        if (designId == null) {
            return EventFilter.within(null, designs.findByTeam(actor.team()).stream().map(Design::id)
                    .collect(Collectors.toSet()));
        }
        // Another team's design is answered like a missing one, as VisibleDesigns does: nobody
        // learns which designs other teams have.
        Design design = designs.findById(designId).filter(d -> d.team().equals(actor.team()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no design " + designId));
        return EventFilter.within(designId, Set.of(design.id()));
    }
}
