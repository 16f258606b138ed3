package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A design's page and, once approved, its printable decision record. */
@Controller
class DesignPageController {

    static final String DESIGN_VIEW = "design/show";
    static final String RECORD_VIEW = "record/show";

    private final DesignPages pages;

    DesignPageController(DesignPages pages) {
        this.pages = pages;
    }

    @GetMapping("/designs/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("page", pages.page(actor, id));
        return DESIGN_VIEW;
    }

    @GetMapping("/designs/{id}/record")
    String record(@PathVariable long id, Actor actor, Model model) {
        DesignPage page = pages.page(actor, id);
        if (!page.header().state().equals(DesignState.APPROVED.name())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "design " + id + " has no decision record: it is "
                    + page.header().state() + ", not APPROVED");
        }
        model.addAttribute("page", page);
        model.addAttribute("apiRecordUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/designs/{id}/record").buildAndExpand(id).toUriString());
        return RECORD_VIEW;
    }
}
