package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.WorkflowException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/**
 * How a design page's form ends: on success, post-redirect-get back to the page with a flash
 * message; on a refusal, the page again with the status the refusal means (403, 409, 400), its
 * reason in an alert and the person's input kept in the forms. Someone else acting on the design
 * at the same moment is a conflict too: the page then shows what they did.
 */
@Component
class PageOutcome {

    private final DesignPages pages;
    private final MessageSource messages;

    PageOutcome(DesignPages pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    /** Runs the action; the success message is the message key's text. */
    String run(Actor actor, long id, Runnable action, String successKey, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        return run(actor, id, () -> {
            action.run();
            return successKey;
        }, model, redirect, response);
    }

    /** Runs the action, which answers with the key of the success message that says what it did. */
    String run(Actor actor, long id, Supplier<String> action, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        pages.page(actor, id); // as the API: a design the person may not see is a 404, never acted on
        String successKey;
        try {
            successKey = action.get();
        } catch (WorkflowException refused) {
            return refused(actor, id, refused.getMessage(), status(refused.kind()), model, response);
        } catch (OptimisticLockingFailureException concurrent) {
            return refused(actor, id, text("design.concurrent"), HttpServletResponse.SC_CONFLICT, model, response);
        }
        redirect.addFlashAttribute("successMessage", text(successKey));
        return "redirect:/designs/" + id;
    }

    /** The design page again with an error: the form's input is already in the model. */
    String refused(Actor actor, long id, String reason, int status, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("page", pages.page(actor, id));
        model.addAttribute("errorMessage", reason);
        return DesignPageController.DESIGN_VIEW;
    }

    /** A form the person filled in wrongly: the message key's text, 400. */
    String invalid(Actor actor, long id, String key, Model model, HttpServletResponse response) {
        return refused(actor, id, text(key), HttpServletResponse.SC_BAD_REQUEST, model, response);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    static int status(WorkflowException.Kind kind) {
        return switch (kind) {
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            case INVALID -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }
}
