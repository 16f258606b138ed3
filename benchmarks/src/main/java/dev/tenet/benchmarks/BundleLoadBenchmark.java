package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.git.GitRepository;
import dev.tenet.engine.library.LibraryLoader;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.library.PolicyLibrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Loading a generated library of {@link #policies} policies plus {@code governance.yaml} into a
 * {@link PolicyBundle}: listing, reading and checking every file, compiling every expression.
 * <ul>
 *   <li>{@code gitLoose}: at the commit of the repository it was written in (loose objects, as on
 *       a policy author's machine right after committing).</li>
 *   <li>{@code gitPacked}: at the same commit of a bare clone (one pack, as the server keeps the
 *       repository it fetched).</li>
 *   <li>{@code worktree}: from the folder on disk.</li>
 *   <li>{@code gitPackedNewLoader}: like {@code gitPacked} with a new loader each time, so that no
 *       expression is compiled already: a first load. The other cases reuse one loader, which keeps
 *       what each expression text compiled to: a server loading its library again at a newer commit
 *       where most expressions did not change.</li>
 *   <li>{@code worktreeUncompiled}: the same folder through {@link LibraryLoader} alone (listing,
 *       reading, validating and cross-checking files, no CEL), to tell reading from compiling.</li>
 * </ul>
 * One load per iteration, after warm-up loads: a long-running server's figure. For a fresh JVM's,
 * run with {@code -wi 0 -i 1 -f 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
public class BundleLoadBenchmark {

    private static final String FOLDER = "policies";

    @Param("1000")
    public int policies;

    /** Rules per policy: the shipped library averages under two; the synthetic policies have five. */
    @Param({"2", "5"})
    public int rulesPerPolicy;

    /**
     * {@code repeated}: copies of the ten templates share expression texts, which a loader compiles
     * once; {@code distinct}: every rule's text is its own, as in a real library.
     */
    @Param({"repeated", "distinct"})
    public String expressions;

    /** One loader for every load, as the server keeps one. */
    private final BundleLoader loader = new BundleLoader();
    private final LibraryLoader libraries = new LibraryLoader();
    private TempFolder folder;
    private Path library;
    private String commit;
    private GitRepository authored;
    private GitRepository cloned;

    @Setup(Level.Trial)
    public void setUp() {
        folder = TempFolder.create("tenet-bundle-load");
        try {
            prepare();
        } catch (RuntimeException e) {
            folder.close(); // JMH skips the tear-down of a failed set-up
            throw e;
        }
    }

    private void prepare() {
        Path repository = folder.path().resolve("library");
        library = repository.resolve(FOLDER);
        LibraryWriter.write(library, policies, rulesPerPolicy, expressions.equals("distinct"));
        commit = LibraryRepository.commitAll(repository, policies + " synthetic policies");
        Path clone = folder.path().resolve("clone.git");
        LibraryRepository.cloneBare(repository, clone);
        authored = GitRepository.open(repository);
        cloned = GitRepository.open(clone);
        // nothing is loaded here, so that with -wi 0 the first iteration is a fresh JVM's first load
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        authored.close();
        cloned.close();
        folder.close();
    }

    @Benchmark
    public PolicyBundle gitLoose() {
        return load(LibrarySource.git(authored, commit, FOLDER));
    }

    @Benchmark
    public PolicyBundle gitPacked() {
        return load(LibrarySource.git(cloned, commit, FOLDER));
    }

    @Benchmark
    public PolicyBundle gitPackedNewLoader() {
        LibrarySource source = LibrarySource.git(cloned, commit, FOLDER);
        PolicyBundle loaded = BenchmarkInputs.valueOf(new BundleLoader().load(source), source.folder());
        return complete(loaded.policies().size(), loaded);
    }

    @Benchmark
    public PolicyBundle worktree() {
        return load(LibrarySource.worktree(library));
    }

    @Benchmark
    public PolicyLibrary worktreeUncompiled() {
        PolicyLibrary loaded = BenchmarkInputs.valueOf(libraries.load(LibrarySource.worktree(library)), FOLDER);
        return complete(loaded.policies().size(), loaded);
    }

    private PolicyBundle load(LibrarySource source) {
        PolicyBundle loaded = BenchmarkInputs.valueOf(loader.load(source), source.folder());
        return complete(loaded.policies().size(), loaded);
    }

    /** A load that lost policies would time less work than it claims to. */
    private <T> T complete(int loaded, T result) {
        if (loaded != policies) {
            throw new IllegalStateException(result + ": " + loaded + " policies loaded, " + policies + " written");
        }
        return result;
    }
}
