package dev.tenet.engine.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under {@code src/test/resources/diff}: the exact bytes a report must produce. After an
 * intended change of the format, regenerate them and review the diff:
 * <pre>./mvnw -q -pl policy-engine test -Dtest='dev.tenet.engine.diff.**' -Dgolden.update=true</pre>
 */
final class Golden {

    private static final Path DIRECTORY = Path.of(System.getProperty("basedir", "")).resolve("src/test/resources/diff");

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        Path file = DIRECTORY.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
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
}
