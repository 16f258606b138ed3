package dev.tenet.engine.lint;

import dev.tenet.engine.evaluation.BundleLoader;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.read.DocumentReader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lints a policy library. Errors are what keeps the library from loading, as {@link BundleLoader}
 * reports it, and a policy changed since a baseline revision without a greater version. Warnings
 * are what makes a library weaker than it looks: a policy without a test, a rule no test case
 * expects anything of, an expression that is not a condition, risk tiers whose last line is not
 * {@code true}. Every list comes back sorted by file and position.
 *
 * <p>Thread-safe: it holds only immutable loaders.
 */
public final class Linter {

    private final BundleLoader bundles;
    private final DocumentReader reader;

    /** A linter with the default loaders. */
    public Linter() {
        this(new BundleLoader(), new DocumentReader());
    }

    /** A linter built from its parts; {@code reader} reads single files for the version check. */
    public Linter(BundleLoader bundles, DocumentReader reader) {
        this.bundles = Objects.requireNonNull(bundles, "bundles");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Every problem of the library, errors and warnings, sorted. */
    public List<Problem> lint(LibrarySource library) {
        ReadResult<PolicyBundle> loaded = bundles.load(library);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.isSuccess()) {
            PolicyBundle bundle = loaded.value();
            problems.addAll(TestCoverage.check(bundle.library()));
            problems.addAll(RiskTierChecks.check(bundle.governance()));
        }
        return sorted(problems);
    }

    /**
     * Every problem of the library, plus an error for each policy whose content differs from the
     * baseline's but whose version is not greater. Policies are matched by id; new ones need no bump.
     *
     * @param baseline the library at the revision to compare with, usually {@code LibrarySource.git(...)}
     * @param revision the revision as the user wrote it, for messages ({@code main}, {@code HEAD~1})
     */
    public List<Problem> lint(LibrarySource library, LibrarySource baseline, String revision) {
        List<Problem> problems = new ArrayList<>(lint(library));
        problems.addAll(new VersionBumps(reader).check(library, baseline, revision));
        return sorted(problems);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted().distinct().toList();
    }
}
