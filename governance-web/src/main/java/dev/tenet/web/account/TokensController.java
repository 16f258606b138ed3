package dev.tenet.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a user creates and revokes their personal API tokens. */
@Controller
@RequestMapping("/account/tokens")
class TokensController {

    static final String VIEW = "account/tokens";
    private static final String REDIRECT = "redirect:/account/tokens";

    private final PersonalTokens tokens;

    TokensController(PersonalTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("tokens", tokens.list(actor.username()).stream().map(TokensApi.TokenSummary::of).toList());
        model.addAttribute("actor", actor);
        model.addAttribute("maxExpiryDays", PersonalTokens.MAX_EXPIRY_DAYS);
        return VIEW;
    }

    /**
     * Creates a token and shows its secret in this response only: it is never put in the session
     * (as a redirect's flash attribute would be).
     */
    @PostMapping
    String create(Actor actor, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) Integer expiresInDays, Model model) {
        try {
            PersonalTokens.Issued issued = tokens.issue(actor.username(), name, expiresInDays);
            model.addAttribute("created", new TokensApi.CreatedToken(issued.token().id(), issued.token().name(),
                    issued.secret(), issued.token().expiresAt()));
        } catch (AccountException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return show(actor, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tokens.revoke(actor.username(), id);
            redirect.addFlashAttribute("revoked", true);
        } catch (AccountException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return REDIRECT;
    }
}
