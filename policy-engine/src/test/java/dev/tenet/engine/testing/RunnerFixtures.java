package dev.tenet.engine.testing;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.LibraryLoader;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.ReadResult;
import dev.tenet.model.read.DocumentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The CLI fixture library ({@code src/test/resources/cli/library}) with its own tests replaced by
 * one from {@code cli/runner}, placed in the library's {@code privacy} folder.
 *
 * <p>The library is put together by hand rather than loaded from a folder because the loader
 * refuses a test that names an unknown rule or a missing design file, and the runner's answer to
 * those is part of what is tested here.
 */
final class RunnerFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private RunnerFixtures() {
    }

    /** Runs the test file {@code cli/runner/NAME} against the fixture library. */
    static TestResults run(String name) {
        return new PolicyTestRunner().run(bundleWith(name), TODAY);
    }

    /** The result of one case, by its name. */
    static CaseResult runCase(String file, String caseName) {
        return run(file).cases().stream().filter(result -> result.name().equals(caseName)).findFirst()
                .orElseThrow(() -> new AssertionError("no case '" + caseName + "' in " + file));
    }

    static PolicyBundle bundleWith(String name) {
        PolicyLibrary library = load(new LibraryLoader().load(LibrarySource.worktree(resource("library"))));
        PolicyTest test = load(new DocumentReader().read(library.folder() + "/privacy/" + name, bytes("runner/" + name),
                PolicyTest.class));
        PolicyLibrary withTest = PolicyLibrary.of(library.commit(), library.folder(), library.policies(),
                library.governance(), List.of(test), library.examples().values());
        return load(new BundleLoader().compile(withTest));
    }

    private static <T> T load(ReadResult<T> result) {
        if (!result.isSuccess()) {
            throw new IllegalStateException("fixture does not load: " + result.problems());
        }
        return result.value();
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(RunnerFixtures.class.getResource("/cli/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
