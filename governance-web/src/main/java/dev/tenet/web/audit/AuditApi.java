package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The audit trail over REST: {@code GET /api/v1/audit/events} pages through the events the caller
 * may see, newest first; {@code GET /api/v1/audit/verify} checks the whole chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private final AuditReader reader;
    private final AuditTrail trail;

    AuditApi(AuditReader reader, AuditTrail trail) {
        this.reader = reader;
        this.trail = trail;
    }

    /** A page of events, newest first (page 0 holds the latest), optionally of one design. */
    @GetMapping("/events")
    Events events(@Parameter(hidden = true) Actor actor, @RequestParam(required = false) Long design,
                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return Events.of(reader.page(actor, design, page, size));
    }

    /** Whether the chain holds: {@code {valid, events, firstBrokenEvent}}. Reveals only counts. */
    @GetMapping("/verify")
    Verification verify() {
        return trail.verify();
    }

    /** A page of events, shaped like Spring Data's {@code PagedModel}. */
    record Events(List<EventView> content, PageInfo page) {

        static Events of(EventPage page) {
            return new Events(page.events().stream().map(EventView::of).toList(),
                    new PageInfo(page.size(), page.number(), page.totalElements(), page.totalPages()));
        }
    }

    /** Where a page sits among all. */
    record PageInfo(int size, int number, long totalElements, int totalPages) {
    }
}
