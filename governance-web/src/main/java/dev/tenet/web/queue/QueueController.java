package dev.tenet.web.queue;

import dev.tenet.web.account.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": what the signed-in person is asked to do, by role. */
@Controller
class QueueController {

    static final String VIEW = "queue/index";

    private final WorkQueue queue;

    QueueController(WorkQueue queue) {
        this.queue = queue;
    }

    @GetMapping({"/", "/queue"})
    String show(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("queue", queue.of(actor));
        return VIEW;
    }
}
