package dev.tenet.web.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * The account API's refusals as Problem Details (RFC 9457). Invalid request bodies are answered
 * by the application's shared API problem handler, which names each field.
 */
@RestControllerAdvice(assignableTypes = {TokensApi.class, UsersApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(AccountException exception, HttpServletRequest request) {
        ProblemDetail problem = exception.getBody();
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return ResponseEntity.status(exception.getStatusCode()).body(problem);
    }
}
