package dev.tenet.web.persistence;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A git repository in a temporary folder holding a copy of this checkout's policy library in one
 * commit on {@code main}: what {@code tenet.policies.repository} points at in tests, so they read
 * the library through git as the application does, whatever the checkout's own state.
 */
public final class TemporaryPolicyRepository {

    private static final Set<String> NOT_LIBRARY = Set.of("target", "src");

    private TemporaryPolicyRepository() {
    }

    /** Creates the repository in {@code folder} (which may exist) and returns its path. */
    public static Path create(Path folder) {
        try {
            copy(library(), folder.resolve("policies"));
            try (Git git = Git.init().setInitialBranch("main").setDirectory(folder.toFile()).call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("policy library").setAuthor("Tenet tests", "tests@tenet.invalid")
                        .setCommitter("Tenet tests", "tests@tenet.invalid").setSign(false).call();
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("cannot commit the policy library in " + folder, e);
        }
    }

    /**
     * Points the application under test at a new temporary folder: {@code tenet.data-dir} inside
     * it, and {@code tenet.policies.repository} at a repository {@link #create made} there.
     *
     * @param prefix the temporary folder's name prefix, naming the test
     * @return the repository, for tests that commit to it
     */
    public static Path register(DynamicPropertyRegistry registry, String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Path repository = create(Files.createDirectories(folder.resolve("policies-repo")));
            registry.add("tenet.data-dir", () -> folder.resolve("data").toString());
            registry.add("tenet.policies.repository", repository::toString);
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This checkout's policy library: the tests run in governance-web, the library is beside it. */
    public static Path library() {
        for (Path candidate : new Path[] {Path.of("..", "policies"), Path.of("policies")}) {
            if (Files.isRegularFile(candidate.resolve("governance.yaml"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("no policy library (policies/governance.yaml) near " + Path.of("").toAbsolutePath());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0 && NOT_LIBRARY.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
