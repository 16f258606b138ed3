package dev.tenet.web.design;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the shared layout (templates/fragments/layout.html) needs from every page's request, as
 * plain strings: Thymeleaf 3.1 refuses templates access to Spring's own objects (the request
 * context, the CSRF token), so the layout cannot read them itself. Applies to every controller so
 * that other features' pages (login, audit trail) get the layout's navigation and CSRF meta tags.
 */
@ControllerAdvice
class LayoutAdvice {

    /**
     * @param path       the request's path within the application, to mark the current navigation link
     * @param csrfHeader the header htmx requests send the CSRF token in, or empty
     * @param csrfToken  the session's CSRF token, or empty
     */
    record Layout(String path, String csrfHeader, String csrfToken) {
    }

    @ModelAttribute("layout")
    Layout layout(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            return new Layout(path, csrf.getHeaderName(), csrf.getToken());
        }
        return new Layout(path, "", "");
    }
}
