package dev.tenet.web.problem;

import dev.tenet.engine.git.UnknownRevisionException;
import dev.tenet.web.policy.BrokenPolicyLibraryException;
import dev.tenet.model.Problem;
import dev.tenet.web.submission.DesignNotFoundException;
import dev.tenet.web.submission.InvalidDesignException;
import dev.tenet.web.submission.WorkflowException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.List;

/**
 * Every error of the REST API as RFC 9457 Problem Details ({@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, never a stack trace.
 *
 * <p>It applies to {@code @RestController}s (the {@code *Api} classes under {@code /api/v1}), not to
 * the pages' {@code @Controller}s. It runs before Spring Boot's own problem handler, and after a
 * feature's own advice for that feature's exceptions. Errors raised before a controller is chosen
 * (415 unsupported media type, 405, 406) are answered by Spring Boot's handler
 * ({@code spring.mvc.problemdetails.enabled}), also as Problem Details.
 *
 * <p>A document that does not read is 422 (the request is well-formed HTTP in a supported media
 * type, but its content is not a valid WorkloadDesign), with every problem and the first one's
 * {@code line} and {@code column} at the top level. A refused waiver of a hard-mandatory rule is a
 * workflow INVALID: 400.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(ApiErrors.ORDER)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** After a feature's own advice (which may take HIGHEST_PRECEDENCE), before Spring Boot's (order 0). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;
    static final String CONCURRENT_CHANGE = "someone else changed this design at the same time; reload and try again";

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException refused, HttpServletRequest request) {
        ProblemType type = switch (refused.kind()) {
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case CONFLICT -> ProblemType.WRONG_STATE;
            case INVALID -> ProblemType.INVALID_REQUEST;
        };
        return answer(type.with(refused.getMessage()), request);
    }

    @ExceptionHandler(DesignNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(DesignNotFoundException missing, HttpServletRequest request) {
        return answer(ProblemType.NOT_FOUND.with(missing.getMessage()), request);
    }

    @ExceptionHandler(InvalidDesignException.class)
    ResponseEntity<ProblemDetail> invalidDesign(InvalidDesignException invalid, HttpServletRequest request) {
        List<Problem> problems = invalid.problems();
        String detail = problems.isEmpty() ? "the document is not a valid WorkloadDesign" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
        ProblemDetail problem = ProblemType.INVALID_DESIGN.with(detail);
        problem.setProperty("problems", problems.stream().map(ApiErrors::located).toList());
        if (!problems.isEmpty()) {
            problem.setProperty("line", problems.get(0).position().line());
            problem.setProperty("column", problems.get(0).position().column());
        }
        return answer(problem, request);
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException lost, HttpServletRequest request) {
        LOG.debug("concurrent change refused: {}", lost.getMessage());
        return answer(ProblemType.CONCURRENT_CHANGE.with(CONCURRENT_CHANGE), request);
    }

    /** Spring Data JDBC wraps what the database said; a lost version check or a duplicate key is a concurrent change. */
    @ExceptionHandler(DbActionExecutionException.class)
    ResponseEntity<ProblemDetail> databaseAction(DbActionExecutionException failed, HttpServletRequest request) {
        Throwable cause = failed.getCause();
        if (cause instanceof ConcurrencyFailureException || cause instanceof DataIntegrityViolationException) {
            LOG.debug("concurrent change refused: {}", cause.getMessage());
            return answer(ProblemType.CONCURRENT_CHANGE.with(CONCURRENT_CHANGE), request);
        }
        return unexpected(failed, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> duplicate(DataIntegrityViolationException duplicate, HttpServletRequest request) {
        LOG.debug("concurrent change refused: {}", duplicate.getMessage());
        return answer(ProblemType.CONCURRENT_CHANGE.with(CONCURRENT_CHANGE), request);
    }

    @ExceptionHandler(UnknownRevisionException.class)
    ResponseEntity<ProblemDetail> unknownRef(UnknownRevisionException unknown, HttpServletRequest request) {
        ProblemDetail problem = ProblemType.UNKNOWN_REF.with(unknown.messageWithoutLocation());
        problem.setProperty("ref", unknown.revision());
        return answer(problem, request);
    }

    /** A ref whose policy library does not load: the policy team's problems, each where an editor shows it. */
    @ExceptionHandler(BrokenPolicyLibraryException.class)
    ResponseEntity<ProblemDetail> brokenLibrary(BrokenPolicyLibraryException broken, HttpServletRequest request) {
        List<Problem> problems = broken.problems();
        ProblemDetail problem = ProblemType.LIBRARY_DOES_NOT_LOAD.with("the policy library at " + broken.commit()
                + " does not load (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "); evaluate at another ref, or fix the library there");
        problem.setProperty("commit", broken.commit());
        problem.setProperty("problems", problems.stream().map(ApiErrors::located).toList());
        return answer(problem, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        return answer(InvalidFields.of(invalid.getBindingResult()), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidArguments(HandlerMethodValidationException invalid, HttpServletRequest request) {
        return answer(InvalidFields.of(invalid), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mistyped(MethodArgumentTypeMismatchException mistyped, HttpServletRequest request) {
        return answer(InvalidFields.of(mistyped), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return answer(InvalidFields.of(unreadable), request);
    }

    /**
     * Anything else: Spring's own errors keep their status and detail; security's go back to the
     * security filters; a bug is logged here and answered without its details.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure;
        }
        if (failure instanceof ErrorResponse response) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .body(withInstance(response.getBody(), request));
        }
        return unexpected(failure, request);
    }

    private static ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), failure);
        return answer(ProblemType.INTERNAL.with("the server could not complete the request; it has been logged"), request);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus()).body(withInstance(problem, request));
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        if (problem.getInstance() == null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    private static LocatedProblem located(Problem problem) {
        return new LocatedProblem(problem.file(), problem.position().line(), problem.position().column(),
                (problem.isError() ? "" : "warning: ") + problem.message());
    }

    /** One problem of a document, where an editor shows it. */
    record LocatedProblem(String file, int line, int column, String message) {
    }
}
