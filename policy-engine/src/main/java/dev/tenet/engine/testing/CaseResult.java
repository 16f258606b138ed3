package dev.tenet.engine.testing;

import dev.tenet.model.Position;

import java.util.List;
import java.util.Objects;

/**
 * How one test case went: passed, or the reasons it did not.
 *
 * @param file     the test file
 * @param test     the test's name
 * @param name     the case's name
 * @param position where the case starts in the file
 * @param failures one sentence per expectation that did not hold; empty when the case passed
 */
public record CaseResult(String file, String test, String name, Position position, List<String> failures) {

    public CaseResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        failures = List.copyOf(failures);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** {@code file:line:column}, where the case is written. */
    public String location() {
        return file + ":" + position;
    }
}
