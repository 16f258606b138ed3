package dev.tenet.web.account;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    static final String VIEW = "account/login";

    private final DemoAccounts demo;

    LoginController(DemoAccounts demo) {
        this.demo = demo;
    }

    @GetMapping(SecurityConfiguration.LOGIN)
    String login(Authentication authentication, @RequestParam(required = false) String error,
                 @RequestParam(required = false) String logout, Model model) {
        if (CurrentActor.from(authentication).isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", logout != null);
        model.addAttribute("demoUsers", demo.active() ? DemoAccounts.USERS : List.of());
        return VIEW;
    }
}
