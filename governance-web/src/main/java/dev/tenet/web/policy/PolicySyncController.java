package dev.tenet.web.policy;

import dev.tenet.web.account.Actor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.regex.Pattern;

/**
 * The sync's page ({@code GET /policies/sync}: the status inside the layout) and its "Sync now"
 * form ({@code POST /policies/sync}, POLICY and ADMIN), which syncs, then goes back to the page the
 * form was on with what happened as a flash message: the catalog ({@code /policies}) by default.
 */
@Controller
class PolicySyncController {

    static final String PAGE = "policies/sync";
    static final String CATALOG = "/policies";
    private static final int SHORT_ID = 7;
    /** Where the form may send the browser back to: a page under /policies, never another site. */
    private static final Pattern BACK = Pattern.compile("/policies(/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*");

    private final PolicySync sync;
    private final MessageSource messages;

    PolicySyncController(PolicySync sync, MessageSource messages) {
        this.sync = sync;
        this.messages = messages;
    }

    @GetMapping("/policies/sync")
    String page(Model model) {
        model.addAttribute("sync", sync.status());
        return PAGE;
    }

    @PostMapping("/policies/sync")
    @PreAuthorize(PolicySyncApi.MAY_SYNC)
    String syncNow(Actor actor, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        SyncResult result = sync.sync(actor.username());
        String previous = shortId(result.previous());
        String current = shortId(result.current());
        if (result.fetchError().isPresent()) {
            redirect.addFlashAttribute("errorMessage", text("policies.sync.fetchFailed",
                    result.fetchError().get().message(), current));
        } else if (result.brokenHead().isPresent()) {
            BrokenHead broken = result.brokenHead().get();
            redirect.addFlashAttribute("errorMessage", text("policies.sync.brokenHead", broken.commit().shortId(),
                    broken.problems().size(), current));
        } else if (result.moved()) {
            redirect.addFlashAttribute("successMessage", text("policies.sync.moved", previous, current));
        } else {
            redirect.addFlashAttribute("successMessage", text("policies.sync.unchanged", current));
        }
        return "redirect:" + (back != null && BACK.matcher(back).matches() ? back : CATALOG);
    }

    /** A commit id as short as the status shows it. */
    private static String shortId(String commit) {
        return commit.substring(0, Math.min(SHORT_ID, commit.length()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
