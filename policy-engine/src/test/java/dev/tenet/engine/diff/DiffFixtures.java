package dev.tenet.engine.diff;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitFixture;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.ReadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository with two versions of a small library under {@code policies/}, tagged {@code v1} and
 * {@code v2} ({@code src/test/resources/diff/v1} and {@code v2}). From v1 to v2:
 * <ul>
 *   <li>fairness.evaluate-subgroups is added, transparency.disclose-ai-use removed;</li>
 *   <li>privacy.encrypt-personal-data goes to 1.1.0: a new title, rule at-rest requires more and is
 *       critical, in-transit is removed, anonymized added, legal-review moves to research and
 *       key-management is added;</li>
 *   <li>privacy.offer-opt-out goes to 2.0.0: advisory becomes soft-mandatory;</li>
 *   <li>the governance document puts medium-impact designs in the medium tier.</li>
 * </ul>
 * The designs under {@code diff/designs}: claims-triage gets a worse decision, chatbot a better one,
 * forecast only a higher tier, faq-bot no change.
 */
final class DiffFixtures {

    private DiffFixtures() {
    }

    /** Commits v1 then v2 of the library under {@code policies/} in a new repository in {@code dir}. */
    static GitFixture repository(Path dir) {
        GitFixture fixture = GitFixture.init(dir);
        fixture.copy(resource("v1"), "policies").commit("Policy library v1");
        fixture.tag("v1", false);
        deleteTree(dir.resolve("policies"));
        fixture.copy(resource("v2"), "policies").commit("Policy library v2");
        fixture.tag("v2", false);
        return fixture;
    }

    /** The bundle under {@code policies/} at a revision. */
    static PolicyBundle bundle(GitRepository repository, String revision) {
        ReadResult<PolicyBundle> result = new BundleLoader().load(LibrarySource.git(repository, revision, "policies"));
        assertThat(result.problems()).isEmpty();
        return result.value();
    }

    /** A folder under {@code src/test/resources/diff}. */
    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(DiffFixtures.class.getResource("/diff/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
