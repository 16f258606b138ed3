package dev.tenet.web.catalog;

import dev.tenet.model.Problem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;

/**
 * The catalog API's refusals as Problem Details (RFC 9457), in the types the rest of the API uses:
 * a ref that names nothing or a policy that does not exist is 404 (the catalog at a ref is a
 * resource; the dry run's {@code ?ref=} is an input and answers 400), a library that does not load
 * is 422 with each problem's file, line and column, a parameter it cannot use is 400 naming it,
 * an impact preview or diff while the server already evaluates as many as it allows is 429 with
 * {@code Retry-After}.
 * Other errors (a limit that is not a number) are left to the application's shared handler.
 */
@RestControllerAdvice(assignableTypes = {CatalogApi.class, PolicyChangesApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    private static final String TYPES = "https://tenet.dev/problems/";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownRef(UnknownRefException unknown, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown-ref", "Unknown git revision", unknown.getMessage());
        problem.setProperty("ref", unknown.ref());
        problem.setProperty("closeNames", unknown.closeNames());
        return answer(problem, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownPolicy(PolicyNotFoundException missing, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.getMessage());
        problem.setProperty("policy", missing.id());
        missing.closest().ifPresent(closest -> problem.setProperty("didYouMean", closest));
        return answer(problem, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notLoaded(LibraryNotLoadedException broken, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "library-does-not-load",
                "The policy library does not load", broken.getMessage());
        problem.setProperty("ref", broken.ref());
        problem.setProperty("commit", broken.commit());
        problem.setProperty("problems", broken.problems().stream().map(LocatedProblem::of).toList());
        return answer(problem, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidParameterException invalid, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", invalid.getMessage());
        problem.setProperty("errors", invalid.faults().stream()
                .map(fault -> new FieldMessage(fault.parameter(), fault.reason())).toList());
        return answer(problem, request);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(ImpactBusyException busy, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests",
                busy.getMessage());
        problem.setProperty("retryAfterSeconds", ImpactBusyException.RETRY_AFTER_SECONDS);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(ImpactBusyException.RETRY_AFTER_SECONDS)).body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** A parameter and what is wrong with it, as the API's other 400s list them. */
    record FieldMessage(String field, String message) {
    }

    /**
     * A problem of a library file where an editor shows it.
     *
     * @param location {@code file:line:column}
     */
    record LocatedProblem(String file, int line, int column, String message, String location) {

        static LocatedProblem of(Problem problem) {
            return new LocatedProblem(problem.file(), problem.position().line(), problem.position().column(),
                    (problem.isError() ? "" : "warning: ") + problem.message(),
                    problem.file() + ":" + problem.position());
        }

        static List<LocatedProblem> of(List<Problem> problems) {
            return problems.stream().map(LocatedProblem::of).toList();
        }
    }
}
