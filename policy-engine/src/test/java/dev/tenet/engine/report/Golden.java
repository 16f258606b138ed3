package dev.tenet.engine.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: the exact bytes a report must produce, under {@code src/test/resources/report}.
 *
 * <p>After an intended change of a format, regenerate them and review the diff:
 * <pre>./mvnw -q -pl policy-engine test -Dtest='dev.tenet.engine.report.**' -Dgolden.update=true</pre>
 */
final class Golden {

    static final Path DIRECTORY = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/report");

    private Golden() {
    }

    /** Asserts the text is the golden file's content, or rewrites the file under {@code -Dgolden.update=true}. */
    static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s is missing: run the tests with -Dgolden.update=true", file).exists();
            assertThat(actual).as("output differs from %s (regenerate with -Dgolden.update=true)", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource of this package's tests, as text. */
    static String resource(String name) {
        try {
            return Files.readString(DIRECTORY.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
