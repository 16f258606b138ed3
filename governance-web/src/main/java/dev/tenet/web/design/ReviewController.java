package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow's moves from the design page: submit, review (approve, request changes, reject),
 * withdraw, and re-evaluate at the current policies (issue 6; see the API's TransitionsApi).
 */
@Controller
class ReviewController {

    private final SubmissionService submissions;
    private final PageOutcome outcome;

    ReviewController(SubmissionService submissions, PageOutcome outcome) {
        this.submissions = submissions;
        this.outcome = outcome;
    }

    /** A reviewer's verdict at a stage, with a comment. */
    record ReviewForm(String stage, Verdict verdict, String comment) {
    }

    @PostMapping("/designs/{id}/submit")
    String submit(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        return outcome.run(actor, id, () -> submissions.submit(actor, id), "design.submitted", model, redirect, response);
    }

    @PostMapping("/designs/{id}/reviews")
    String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, Actor actor, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (form.stage() == null || form.stage().isBlank() || form.verdict() == null) {
            return outcome.invalid(actor, id, "review.incomplete", model, response);
        }
        return outcome.run(actor, id, () -> submissions.review(actor, id, form.stage(), form.verdict(), form.comment()),
                "review.recorded." + form.verdict().name(), model, redirect, response);
    }

    @PostMapping("/designs/{id}/reevaluate")
    String reevaluate(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect,
                      HttpServletResponse response) {
        return outcome.run(actor, id, () -> submissions.reevaluate(actor, id).restarted() ? "design.reevaluated.restarted"
                : "design.reevaluated.kept", model, redirect, response);
    }

    @PostMapping("/designs/{id}/withdraw")
    String withdraw(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return outcome.run(actor, id, () -> submissions.withdraw(actor, id), "design.withdrawn", model, redirect, response);
    }
}
