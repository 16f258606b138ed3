package dev.tenet.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files under {@code src/test/resources/<folder>}: the exact bytes an output must produce.
 * After an intended change of a format, regenerate them and review the diff, e.g.
 * <pre>./mvnw -q -pl policy-engine test -Dtest='dev.tenet.engine.report.**' -Dgolden.update=true</pre>
 */
public final class GoldenFiles {

    private final Path directory;

    private GoldenFiles(Path directory) {
        this.directory = directory;
    }

    /** The golden files of one test folder, {@code src/test/resources/<folder>}. */
    public static GoldenFiles in(String folder) {
        return new GoldenFiles(Path.of(System.getProperty("basedir", "")).resolve("src/test/resources").resolve(folder));
    }

    /** Asserts the text is the golden file's content, or rewrites the file under {@code -Dgolden.update=true}. */
    public void assertMatches(String name, String actual) {
        Path file = directory.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(directory);
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

    /** Another file of the folder, as text. */
    public String resource(String name) {
        try {
            return Files.readString(directory.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
