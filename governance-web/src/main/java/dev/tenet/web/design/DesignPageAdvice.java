package dev.tenet.web.design;

import dev.tenet.web.submission.DesignNotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/** A design page that cannot be shown: a page saying why, with the status, never a stack trace. */
@ControllerAdvice(basePackageClasses = DesignPageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DesignPageAdvice {

    static final String VIEW = "design/missing";

    @ExceptionHandler(DesignNotFoundException.class)
    String notFound(DesignNotFoundException missing, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("reason", missing.getMessage());
        return VIEW;
    }

    @ExceptionHandler(ResponseStatusException.class)
    String refused(ResponseStatusException refused, Model model, HttpServletResponse response) {
        response.setStatus(refused.getStatusCode().value());
        model.addAttribute("reason", refused.getReason());
        return VIEW;
    }
}
