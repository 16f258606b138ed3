package dev.tenet.engine.evaluation;

import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.ReadResult;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.read.DocumentReader;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The fixture library and designs under {@code src/test/resources/evaluation}. */
final class Fixtures {

    private static PolicyBundle bundle;

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/evaluation/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized PolicyBundle bundle() {
        if (bundle == null) {
            ReadResult<PolicyBundle> loaded = new BundleLoader().load(LibrarySource.worktree(resource("library")));
            if (!loaded.isSuccess()) {
                throw new IllegalStateException("fixture library does not load: " + loaded.problems());
            }
            bundle = loaded.value();
        }
        return bundle;
    }

    static WorkloadDesign design(String name) {
        return new DocumentReader().read(resource("designs/" + name + ".yaml"), WorkloadDesign.class).value();
    }
}
