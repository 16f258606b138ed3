package dev.tenet.web.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * The kinds of problem the API answers with (RFC 9457): each a stable {@code type} URI a client can
 * switch on, its title and its status. The detail always says what happened to this request.
 */
enum ProblemType {

    FORBIDDEN("forbidden", "Not allowed", HttpStatus.FORBIDDEN),
    WRONG_STATE("wrong-state", "Not possible in the design's current state", HttpStatus.CONFLICT),
    INVALID_REQUEST("invalid-request", "Invalid request", HttpStatus.BAD_REQUEST),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    INVALID_DESIGN("invalid-design", "Invalid design document", HttpStatus.UNPROCESSABLE_CONTENT),
    CONCURRENT_CHANGE("concurrent-change", "Changed by someone else", HttpStatus.CONFLICT),
    UNKNOWN_REF("unknown-ref", "Unknown git revision", HttpStatus.BAD_REQUEST),
    LIBRARY_DOES_NOT_LOAD("library-does-not-load", "Policy library does not load", HttpStatus.UNPROCESSABLE_CONTENT),
    INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR);

    private static final String BASE = "https://tenet.dev/problems/";

    private final URI type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    /** A problem of this type with its detail. */
    ProblemDetail with(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
