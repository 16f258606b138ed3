package dev.tenet.web.queue;

import dev.tenet.web.account.Actor;
import dev.tenet.web.drift.DriftNotices;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My work": what the signed-in person is asked to do, by role, and the policy-drift notices they dismiss. */
@Controller
class QueueController {

    static final String VIEW = "queue/index";

    private final WorkQueue queue;
    private final DriftNotices notices;
    private final MessageSource messages;

    QueueController(WorkQueue queue, DriftNotices notices, MessageSource messages) {
        this.queue = queue;
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping({"/", "/queue"})
    String show(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("queue", queue.of(actor));
        return VIEW;
    }

    /** Dismisses one of the person's notices; anyone else's is answered as one that does not exist. */
    @PostMapping("/queue/notices/{id}/dismiss")
    String dismiss(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        if (!notices.dismiss(actor, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no notice " + id);
        }
        redirect.addFlashAttribute("successMessage", messages.getMessage("queue.notice.dismissed", null,
                LocaleContextHolder.getLocale()));
        return "redirect:/queue";
    }
}
