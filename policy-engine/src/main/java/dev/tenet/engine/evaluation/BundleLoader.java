package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.engine.expression.ExpressionCompiler;
import dev.tenet.engine.expression.FieldCatalog;
import dev.tenet.engine.library.LibraryLoader;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.engine.library.SourceFile;
import dev.tenet.model.Expression;
import dev.tenet.model.Policy;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.RiskTierRule;
import dev.tenet.model.Rule;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads a {@link PolicyBundle}: reads the library, then compiles every expression once and checks
 * the design fields each one names. All problems of all files come back together; a bundle with any
 * error does not load.
 *
 * <p>Policies compile in parallel, and the compiler keeps what each expression text compiled to, so
 * a library loaded again at a newer commit recompiles only what changed.
 *
 * <p>Thread-safe: the CEL environment and readers it holds are immutable.
 */
public final class BundleLoader {

    private final LibraryLoader libraries;
    private final ExpressionCompiler compiler;
    private final FieldCatalog fields;

    /** A loader with the default readers and CEL environment. */
    public BundleLoader() {
        this(new LibraryLoader(), new ExpressionCompiler(), FieldCatalog.workloadDesign());
    }

    /** A loader built from its parts. */
    public BundleLoader(LibraryLoader libraries, ExpressionCompiler compiler, FieldCatalog fields) {
        this.libraries = Objects.requireNonNull(libraries, "libraries");
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        this.fields = Objects.requireNonNull(fields, "fields");
    }

    /** The bundle under the source's folder, or every problem that keeps it from loading. */
    public ReadResult<PolicyBundle> load(LibrarySource source) {
        return libraries.load(source).then(library -> compile(library, new FileTexts(source)));
    }

    /** Compiles a library already read; problem positions inside quoted or block scalars are approximate. */
    public ReadResult<PolicyBundle> compile(PolicyLibrary library) {
        return compile(library, file -> null);
    }

    private ReadResult<PolicyBundle> compile(PolicyLibrary library, Function<String, String> texts) {
        // policies compile independently: in parallel, each collecting its own problems, in library order
        List<Compiled<CompiledPolicy>> compiled = library.policies().parallelStream()
                .map(policy -> compilePolicy(policy, new Compilation(texts))).toList();
        List<CompiledPolicy> policies = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Compiled<CompiledPolicy> each : compiled) {
            policies.add(each.value());
            problems.addAll(each.problems());
        }
        Compilation governance = new Compilation(texts);
        List<CompiledTier> tiers = new ArrayList<>();
        String governanceFile = library.governance().source().file();
        for (RiskTierRule tier : library.governance().riskTiers()) {
            tiers.add(new CompiledTier(tier.tier(), governance.compile(governanceFile, tier.when())));
        }
        problems.addAll(governance.problems);
        return ReadResult.of(new PolicyBundle(library, policies, tiers), problems);
    }

    private Compiled<CompiledPolicy> compilePolicy(Policy policy, Compilation compilation) {
        String file = policy.source().file();
        List<CompiledRule> rules = new ArrayList<>();
        CompiledExpression appliesTo = compilation.compile(file, policy.appliesTo());
        for (Rule rule : policy.rules()) {
            rules.add(new CompiledRule(rule, compilation.compile(file, rule.appliesTo()),
                    compilation.compile(file, rule.require()), file + ":" + rule.position()));
        }
        return new Compiled<>(new CompiledPolicy(policy, appliesTo, rules), compilation.problems);
    }

    private record Compiled<T>(T value, List<Problem> problems) {
    }

    /** One part of a bundle's compilation: collects problems, recompiling with the file text to place them exactly. */
    private final class Compilation {
        private final Function<String, String> texts;
        private final List<Problem> problems = new ArrayList<>();

        Compilation(Function<String, String> texts) {
            this.texts = texts;
        }

        CompiledExpression compile(String file, Expression expression) {
            ReadResult<CompiledExpression> result = compiler.compile(file, expression);
            if (!result.problems().isEmpty() || (result.isSuccess() && !fields.check(file, result.value()).isEmpty())) {
                String text = texts.apply(file);
                if (text != null) {
                    result = compiler.compile(file, expression, text);
                }
            }
            problems.addAll(result.problems());
            if (!result.isSuccess()) {
                return null; // the bundle will not load; nothing reads this
            }
            problems.addAll(fields.check(file, result.value()));
            return result.value();
        }
    }

    /** File texts read on demand from the library source, only when a problem needs an exact position. */
    private static final class FileTexts implements Function<String, String> {
        private final LibrarySource source;
        private Map<String, String> texts;

        FileTexts(LibrarySource source) {
            this.source = source;
        }

        @Override
        public synchronized String apply(String file) {
            if (texts == null) {
                texts = new HashMap<>();
                for (SourceFile sourceFile : source.files().files()) {
                    texts.put(sourceFile.path(), new String(sourceFile.content(), StandardCharsets.UTF_8));
                }
            }
            return texts.get(file);
        }
    }
}
