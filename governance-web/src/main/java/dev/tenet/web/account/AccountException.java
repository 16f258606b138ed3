package dev.tenet.web.account;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

import java.io.Serial;
import java.net.URI;
import java.util.List;

/**
 * An account operation refused, with the Problem Details (RFC 9457) the API answers: 400 naming
 * the field at fault (in the detail and in {@code errors: [{field, message}]}), 404, or 409.
 */
public final class AccountException extends RuntimeException implements ErrorResponse {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final String TYPES = "https://tenet.dev/problems/";

    /** Why an operation is refused. */
    public enum Kind {
        /** A field's value is not acceptable: 400. */
        INVALID(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
        /** No such user or token (or not yours): 404. */
        NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
        /** The operation clashes with the current state (a taken name, the last admin): 409. */
        CONFLICT(HttpStatus.CONFLICT, "account-conflict", "Conflicts with the existing accounts");

        private final HttpStatus status;
        private final URI type;
        private final String title;

        Kind(HttpStatus status, String slug, String title) {
            this.status = status;
            this.type = URI.create(TYPES + slug);
            this.title = title;
        }
    }

    /** The field at fault and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    private final Kind kind;
    private final String field;
    private final transient ProblemDetail body;

    private AccountException(Kind kind, String field, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.field = field;
        this.body = ProblemDetail.forStatusAndDetail(kind.status, detail);
        body.setType(kind.type);
        body.setTitle(kind.title);
    }

    /** {@code field} is not acceptable; {@code message} says why, like "must not be blank". */
    static AccountException invalid(String field, String message) {
        AccountException exception = new AccountException(Kind.INVALID, field, field + ": " + message);
        exception.body.setProperty("errors", List.of(new FieldProblem(field, message)));
        return exception;
    }

    static AccountException notFound(String detail) {
        return new AccountException(Kind.NOT_FOUND, "", detail);
    }

    static AccountException conflict(String field, String detail) {
        return new AccountException(Kind.CONFLICT, field, detail);
    }

    /** Why the operation is refused. */
    public Kind kind() {
        return kind;
    }

    /** The request field at fault, or empty. */
    public String field() {
        return field;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return kind.status;
    }

    @Override
    public ProblemDetail getBody() {
        return body;
    }
}
