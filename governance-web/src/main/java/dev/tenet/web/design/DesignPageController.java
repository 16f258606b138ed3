package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DecisionRecords;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.VisibleDesigns;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A design's page and, once approved, its printable decision record. */
@Controller
class DesignPageController {

    static final String DESIGN_VIEW = "design/show";
    static final String RECORD_VIEW = "record/show";

    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final DesignPages pages;
    private final VisibleDesigns visible;
    private final DecisionRecords records;

    DesignPageController(DesignPages pages, VisibleDesigns visible, DecisionRecords records) {
        this.pages = pages;
        this.visible = visible;
        this.records = records;
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

    /** The record as Markdown, over the browser's session (the API's chain takes Basic or a token). */
    @GetMapping("/designs/{id}/record.md")
    ResponseEntity<String> recordMarkdown(@PathVariable long id, Actor actor) {
        String markdown = records.markdown(approved(actor, id));
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"decision-record-" + id + ".md\"")
                .body(markdown);
    }

    /** The record as the API's JSON, over the browser's session. */
    @GetMapping(path = "/designs/{id}/record.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Object recordJson(@PathVariable long id, Actor actor) {
        return records.json(approved(actor, id));
    }

    private Design approved(Actor actor, long id) {
        Design design = visible.find(actor, id);
        if (design.state() != DesignState.APPROVED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "design " + id + " has no decision record: it is "
                    + design.state() + ", not APPROVED");
        }
        return design;
    }
}
