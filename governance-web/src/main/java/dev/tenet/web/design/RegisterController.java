package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Harm;
import dev.tenet.web.submission.SubmissionService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

/** What reviewers record on a design: harms (research), waivers (policy), attestation answers (each stage). */
@Controller
class RegisterController {

    private final SubmissionService submissions;
    private final PageOutcome outcome;
    private final Clock clock;

    RegisterController(SubmissionService submissions, PageOutcome outcome, Clock clock) {
        this.submissions = submissions;
        this.outcome = outcome;
        this.clock = clock;
    }

    /** An entry of the risk register. */
    record HarmForm(String harm, String affectedGroup, String likelihood, String severity, String mitigation) {

        boolean complete() {
            return Stream.of(harm, affectedGroup, likelihood, severity, mitigation).allMatch(f -> f != null && !f.isBlank());
        }
    }

    /** A waiver of one failing rule, named {@code policy/rule}, until a date. */
    record WaiverForm(String finding, String justification, String expires) {
    }

    /** An answer to an attestation, with an evidence link. */
    record AnswerForm(String attestation, Boolean answer, String evidence) {
    }

    @PostMapping("/designs/{id}/harms")
    String harm(@PathVariable long id, @ModelAttribute("harmForm") HarmForm form, Actor actor, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        if (!form.complete()) {
            return outcome.invalid(actor, id, "harm.incomplete", model, response);
        }
        Harm harm = new Harm(form.harm().strip(), form.affectedGroup().strip(), form.likelihood(), form.severity(),
                form.mitigation().strip(), actor.username(), clock.instant());
        return outcome.run(actor, id, () -> submissions.recordHarm(actor, id, harm), "harm.recorded", model, redirect,
                response);
    }

    @PostMapping("/designs/{id}/waivers")
    String waiver(@PathVariable long id, @ModelAttribute("waiverForm") WaiverForm form, Actor actor, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        int slash = form.finding() == null ? -1 : form.finding().lastIndexOf('/');
        LocalDate expires;
        try {
            expires = LocalDate.parse(form.expires() == null ? "" : form.expires());
        } catch (DateTimeParseException e) {
            return outcome.invalid(actor, id, "waiver.badDate", model, response);
        }
        if (slash <= 0) {
            return outcome.invalid(actor, id, "waiver.noFinding", model, response);
        }
        String policy = form.finding().substring(0, slash);
        String rule = form.finding().substring(slash + 1);
        return outcome.run(actor, id, () -> submissions.grantWaiver(actor, id, policy, rule, form.justification(), expires),
                "waiver.granted", model, redirect, response);
    }

    @PostMapping("/designs/{id}/attestations")
    String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, Actor actor, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (form.attestation() == null || form.attestation().isBlank() || form.answer() == null) {
            return outcome.invalid(actor, id, "attestation.incomplete", model, response);
        }
        return outcome.run(actor, id, () -> submissions.recordAnswer(actor, id, form.attestation(), form.answer(),
                form.evidence()), "attestation.recorded", model, redirect, response);
    }
}
