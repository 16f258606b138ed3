package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.VisibleDesigns;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;

/** Every design the person may see, newest change first, optionally in one state. */
@Controller
class DesignListController {

    static final String VIEW = "design/list";
    static final int PAGE_SIZE = 25;

    private final VisibleDesigns visible;

    DesignListController(VisibleDesigns visible) {
        this.visible = visible;
    }

    /** A design as the list shows it. */
    record Row(long id, String team, String name, String owner, int revision, String state, String stage, String tier,
               String decision) {

        public String title() {
            return team + "/" + name;
        }
    }

    @GetMapping("/designs")
    String list(@RequestParam(name = "state", required = false) DesignState state,
                @RequestParam(name = "page", defaultValue = "1") int page, Actor actor, Model model) {
        int current = Math.max(1, page);
        VisibleDesigns.Page found = visible.page(actor, new VisibleDesigns.Filter(state, null, null), current - 1, PAGE_SIZE);
        model.addAttribute("rows", found.items().stream().map(DesignListController::row).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("state", state == null ? "" : state.name());
        model.addAttribute("states", Arrays.stream(DesignState.values()).map(Enum::name).toList());
        model.addAttribute("canSubmit", actor.has("ENGINEER"));
        return VIEW;
    }

    private static Row row(Design d) {
        return new Row(d.id(), d.team(), d.name(), d.owner(), d.revision(), d.state().name(), d.stage(),
                d.tier() == null ? "" : d.tier().id(), d.decision() == null ? "" : d.decision().name());
    }
}
