package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The audit trail page: the chain's verification, then the events the reader may see, newest first. */
@Controller
class AuditController {

    static final String TRAIL = "audit/trail";
    static final int PAGE_SIZE = 50;

    private final AuditReader reader;
    private final AuditTrail trail;

    AuditController(AuditReader reader, AuditTrail trail) {
        this.reader = reader;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String trail(Actor actor, @RequestParam(required = false) Long design,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        EventPage events = reader.page(actor, design, page, PAGE_SIZE);
        Map<Long, String> names = reader.designNames(events.events().stream().map(e -> e.entry().designId())
                .filter(Objects::nonNull).toList());
        List<Row> rows = events.events().stream().map(e -> Row.of(e, names)).toList();
        model.addAttribute("verification", trail.verify());
        model.addAttribute("rows", rows);
        model.addAttribute("events", events);
        model.addAttribute("design", design);
        return TRAIL;
    }

    /** One line of the table: the event with its design's name. */
    record Row(EventView event, String designName) {

        static Row of(AuditEvent event, Map<Long, String> names) {
            Long designId = event.entry().designId();
            return new Row(EventView.of(event), designId == null ? "" : names.getOrDefault(designId, "#" + designId));
        }
    }
}
