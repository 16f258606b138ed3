package dev.tenet.web.catalog;

import dev.tenet.web.catalog.CatalogProblems.LocatedProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;

/**
 * A catalog page that cannot be shown says why, with the status an API client would get: an
 * unknown ref with the close branch and tag names as links, a missing policy with the likely one,
 * a library that does not load with its problems, a parameter that is wrong by name, an impact
 * preview or diff while the server is busy evaluating others with 429 and {@code Retry-After}.
 */
@ControllerAdvice(assignableTypes = {CatalogController.class, PolicyChangesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogPageAdvice {

    static final String VIEW = "policies/problem";

    @ExceptionHandler
    String unknownRef(UnknownRefException unknown, Model model, HttpServletResponse response) {
        model.addAttribute("closeNames", unknown.closeNames());
        return page(response, model, HttpServletResponse.SC_NOT_FOUND, "unknownRef", unknown.getMessage());
    }

    @ExceptionHandler
    String unknownPolicy(PolicyNotFoundException missing, Model model, HttpServletResponse response) {
        model.addAttribute("didYouMean", missing.closest().orElse(null));
        return page(response, model, HttpServletResponse.SC_NOT_FOUND, "unknownPolicy", missing.getMessage());
    }

    @ExceptionHandler
    String notLoaded(LibraryNotLoadedException broken, Model model, HttpServletResponse response) {
        model.addAttribute("problems", LocatedProblem.of(broken.problems()));
        return page(response, model, 422, "notLoaded", broken.getMessage());
    }

    @ExceptionHandler
    String invalid(InvalidParameterException invalid, Model model, HttpServletResponse response) {
        return page(response, model, HttpServletResponse.SC_BAD_REQUEST, "invalid", invalid.getMessage());
    }

    @ExceptionHandler
    String mistyped(MethodArgumentTypeMismatchException mistyped, Model model, HttpServletResponse response) {
        return page(response, model, HttpServletResponse.SC_BAD_REQUEST, "invalid",
                mistyped.getName() + ": must be a number; got '" + mistyped.getValue() + "'");
    }

    @ExceptionHandler
    String busy(ImpactBusyException busy, Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(ImpactBusyException.RETRY_AFTER_SECONDS));
        return page(response, model, 429, "busy", busy.getMessage());
    }

    private static String page(HttpServletResponse response, Model model, int status, String kind, String detail) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("kind", kind);
        model.addAttribute("detail", detail);
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        if (!model.containsAttribute("closeNames")) {
            model.addAttribute("closeNames", List.of());
        }
        return VIEW;
    }
}
