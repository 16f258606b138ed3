package dev.tenet.web.problem;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request whose fields or parameters are wrong, as a 400 problem that names each of them: the
 * detail reads {@code likelihood: must be low, medium or high}, and {@code errors} lists
 * {@code {field, message}} for a client to show beside its inputs.
 */
final class InvalidFields {

    private InvalidFields() {
    }

    /** A field of the request body failed its constraints. */
    static ProblemDetail of(BindingResult result) {
        List<FieldMessage> errors = new ArrayList<>();
        result.getFieldErrors().forEach(error -> errors.add(new FieldMessage(error.getField(), error.getDefaultMessage())));
        result.getGlobalErrors().forEach(error -> errors.add(new FieldMessage(error.getObjectName(), error.getDefaultMessage())));
        return problem(errors);
    }

    /** A request parameter (or a body field, with method validation) failed its constraints. */
    static ProblemDetail of(HandlerMethodValidationException invalid) {
        List<FieldMessage> errors = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : parameter;
                errors.add(new FieldMessage(field, error.getDefaultMessage()));
            }
        });
        return problem(errors);
    }

    /** A request parameter that does not convert, such as {@code state=LOST}. */
    static ProblemDetail of(MethodArgumentTypeMismatchException mistyped) {
        Class<?> type = mistyped.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                : "must be a " + (type == null ? "valid value" : type.getSimpleName());
        return problem(List.of(new FieldMessage(mistyped.getName(), expected + "; got '" + mistyped.getValue() + "'")));
    }

    /** A JSON body that does not parse, or a field of the wrong type (an unknown verdict, a malformed date). */
    static ProblemDetail of(HttpMessageNotReadableException unreadable) {
        JacksonException jackson = jacksonCause(unreadable);
        if (jackson == null) {
            return ProblemType.INVALID_REQUEST.with("the request body is missing or is not valid JSON");
        }
        if (jackson.getPath().isEmpty()) {
            return ProblemType.INVALID_REQUEST.with(jackson.getOriginalMessage());
        }
        String field = jackson.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return problem(List.of(new FieldMessage(field, reason(jackson))));
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String reason(JacksonException jackson) {
        if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            Class<?> type = invalid.getTargetType();
            String expected = type.isEnum() ? "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "))
                    : type == LocalDate.class ? "must be a date like 2030-12-31" : "must be a " + type.getSimpleName();
            return expected + "; got '" + invalid.getValue() + "'";
        }
        return jackson.getOriginalMessage();
    }

    private static ProblemDetail problem(List<FieldMessage> errors) {
        ProblemDetail problem = ProblemType.INVALID_REQUEST.with(errors.stream()
                .map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** What is wrong with one field or parameter. */
    record FieldMessage(String field, String message) {
    }
}
