package dev.tenet.engine.lint;

import dev.tenet.model.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The lint tests' data: a small library that lints clean ({@code src/test/resources/lint/library}),
 * and single files that each break it one way ({@code lint/cases}), copied into a test folder.
 */
final class LintFixtures {

    private LintFixtures() {
    }

    /** Copies the clean library into {@code target} and returns it. */
    static Path library(Path target) {
        Path source = resource("library");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies {@code lint/cases/<name>} into the library as {@code path}. */
    static Path add(Path library, String name, String path) {
        try {
            Path copy = library.resolve(path);
            Files.createDirectories(copy.getParent());
            return Files.writeString(copy, Files.readString(resource("cases/" + name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file under {@code src/test/resources/lint}. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(LintFixtures.class.getResource("/lint/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems as printed, with the folder's absolute prefix cut so they read like paths in the library. */
    static List<String> printed(List<Problem> problems, Path base) {
        String prefix = base.toAbsolutePath() + "/";
        return problems.stream().map(Problem::toString).map(line -> line.replace(prefix, "")).toList();
    }
}
