package dev.tenet.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What reading a file gave: the value, or every problem found in it.
 *
 * <p>A success may carry warnings; a failure carries at least one error. Problems are sorted by
 * file and position.
 *
 * @param <T> what a successful read yields
 */
public sealed interface ReadResult<T> permits ReadResult.Success, ReadResult.Failure {

    /** Every problem found, sorted; warnings only for a success. */
    List<Problem> problems();

    /** Whether the read gave a value. */
    default boolean isSuccess() {
        return this instanceof Success<T>;
    }

    /** The value of a success. Throws {@link IllegalStateException} for a failure: ask {@link #isSuccess()} first. */
    default T value() {
        if (this instanceof Success<T> success) {
            return success.result();
        }
        throw new IllegalStateException("read failed: " + problems());
    }

    /** Maps a success's value; a failure passes through. */
    default <R> ReadResult<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Success<T> success) {
            return new Success<>(mapper.apply(success.result()), success.problems());
        }
        return new Failure<>(problems());
    }

    /** Chains a further read step that may add problems; warnings of both steps are kept. */
    default <R> ReadResult<R> then(Function<? super T, ReadResult<R>> step) {
        if (this instanceof Success<T> success) {
            ReadResult<R> next = step.apply(success.result());
            if (success.problems().isEmpty()) {
                return next;
            }
            List<Problem> all = new ArrayList<>(success.problems());
            all.addAll(next.problems());
            return next instanceof Success<R> ok ? new Success<>(ok.result(), all) : new Failure<>(all);
        }
        return new Failure<>(problems());
    }

    /** A success, with its warnings if any. */
    static <T> ReadResult<T> success(T value, List<Problem> warnings) {
        return new Success<>(value, warnings);
    }

    /** A success without warnings. */
    static <T> ReadResult<T> success(T value) {
        return new Success<>(value, List.of());
    }

    /** A failure from problems that include at least one error. */
    static <T> ReadResult<T> failure(List<Problem> problems) {
        return new Failure<>(problems);
    }

    /** A success if {@code problems} holds no error, else a failure. */
    static <T> ReadResult<T> of(T value, List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError) ? new Failure<>(problems) : new Success<>(value, problems);
    }

    /** A value read with at most warnings. */
    record Success<T>(T result, List<Problem> problems) implements ReadResult<T> {
        public Success {
            Objects.requireNonNull(result, "result");
            problems = sorted(problems);
            if (problems.stream().anyMatch(Problem::isError)) {
                throw new IllegalArgumentException("a success cannot carry errors: " + problems);
            }
        }
    }

    /** No value: the problems say why. */
    record Failure<T>(List<Problem> problems) implements ReadResult<T> {
        public Failure {
            problems = sorted(problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                throw new IllegalArgumentException("a failure needs at least one error: " + problems);
            }
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted().distinct().toList();
    }
}
