package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.InvalidDesignException;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.WorkflowException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Adding a design, or a new revision of one, by uploading or pasting its YAML. */
@Controller
class SubmitController {

    static final String VIEW = "design/new";
    private static final String PASTED = "design.yaml";

    private final SubmissionService submissions;
    private final MessageSource messages;

    SubmitController(SubmissionService submissions, MessageSource messages) {
        this.submissions = submissions;
        this.messages = messages;
    }

    @GetMapping("/designs/new")
    String form(Model model) {
        model.addAttribute("yaml", "");
        return VIEW;
    }

    @PostMapping("/designs/new")
    String save(@RequestParam(name = "file", required = false) MultipartFile file,
                @RequestParam(name = "yaml", defaultValue = "") String pasted, Actor actor, Model model,
                RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        String yaml = uploaded ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
        String name = uploaded ? fileName(file.getOriginalFilename()) : PASTED;
        model.addAttribute("yaml", yaml);
        if (yaml.isBlank()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorMessage", text("submit.empty"));
            return VIEW;
        }
        try {
            var saved = submissions.save(actor, name, yaml);
            redirect.addFlashAttribute("successMessage", text(saved.created() ? "submit.created" : "submit.revised"));
            return "redirect:/designs/" + saved.design().id();
        } catch (InvalidDesignException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errorMessage", text("submit.invalid"));
            model.addAttribute("listing", SourceListing.of(yaml, invalid.problems()));
            return VIEW;
        } catch (WorkflowException refused) {
            response.setStatus(PageOutcome.status(refused.kind()));
            model.addAttribute("errorMessage", refused.getMessage());
            return VIEW;
        }
    }

    // Only the file's own name, never a path the browser sent along.
    private static String fileName(String original) {
        if (original == null || original.isBlank()) {
            return PASTED;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return name.isBlank() ? PASTED : name;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
