package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.WorkloadDesign;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real library in {@code policies/} and its {@code examples/claims-triage.yaml}: found through
 * the system property {@value #PROPERTY}, else in the working directory or one of its parents.
 */
@State(Scope.Benchmark)
public class ShippedLibrary {

    static final String PROPERTY = "tenet.policies";

    final Evaluator evaluator = new Evaluator();
    PolicyBundle bundle;
    WorkloadDesign design;

    @Setup(Level.Trial)
    public void setUp() {
        Path folder = locate();
        bundle = BenchmarkInputs.bundle(LibrarySource.worktree(folder));
        design = BenchmarkInputs.design(folder.resolve("examples").resolve("claims-triage.yaml"));
    }

    private static Path locate() {
        String given = System.getProperty(PROPERTY);
        if (given != null) {
            return Path.of(given).toAbsolutePath().normalize();
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("policies").resolve("governance.yaml"))) {
                return at.resolve("policies");
            }
        }
        throw new IllegalStateException("cannot find the shipped policy library: run from the repository root,"
                + " or pass -D" + PROPERTY + "=/path/to/policies");
    }
}
