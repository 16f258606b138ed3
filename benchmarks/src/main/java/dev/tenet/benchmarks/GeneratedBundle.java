package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.evaluation.Evaluator;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.engine.expression.DesignContext;
import dev.tenet.engine.expression.ExpressionResult;
import dev.tenet.engine.expression.NaiveEvaluator;
import dev.tenet.engine.library.LibrarySource;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Evaluation;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 50-rule bundle (10 synthetic policies of 5 rules, the shipped governance) written to a
 * temporary folder and loaded through the engine, the sample design read from YAML, and the three
 * ways of judging it, checked to agree before anything is timed.
 */
@State(Scope.Benchmark)
public class GeneratedBundle {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    private static final int RULES_PER_POLICY = 5;

    /** {@code full}: every section set; {@code sparse}: without security and fairness (see {@link SampleDesign}). */
    @Param({"full", "sparse"})
    public String design;

    final Evaluator evaluator = new Evaluator();
    PolicyBundle bundle;
    WorkloadDesign workload;
    Map<String, Object> spec;
    Map<String, Object> meta;
    List<CompiledExpression> expressions;
    NaiveEvaluator naive;
    HandWrittenChecks handWritten;
    private TempFolder folder;

    @Setup(Level.Trial)
    public void setUp() {
        folder = TempFolder.create("tenet-evaluation");
        try {
            prepare();
        } catch (RuntimeException e) {
            folder.close(); // JMH skips the tear-down of a failed set-up
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        folder.close();
    }

    private void prepare() {
        Path library = folder.path().resolve("policies");
        LibraryWriter.write(library, SyntheticPolicies.templates().size(), RULES_PER_POLICY);
        Path designFile = folder.path().resolve("claims-triage.yaml");
        LibraryWriter.write(designFile, SampleDesign.valueOf(design.toUpperCase(Locale.ROOT)).yaml());

        bundle = BenchmarkInputs.bundle(LibrarySource.worktree(library));
        workload = BenchmarkInputs.design(designFile);
        spec = workload.tree();
        meta = BenchmarkInputs.meta(workload);
        Evaluation evaluation = evaluator.evaluate(bundle, EvaluationInput.of(workload, TODAY));
        expressions = EngineExpressions.of(bundle, evaluation.tier());
        naive = NaiveEvaluator.of(expressions);
        handWritten = new HandWrittenChecks(SyntheticPolicies.tiers(), SyntheticPolicies.templates());
        CrossCheck.verify(evaluation, handWritten.evaluate(spec), handWritten.keys(), evaluateExpressions(),
                naive.evaluate(spec, meta));
    }

    private List<ExpressionResult> evaluateExpressions() {
        DesignContext context = DesignContext.of(spec, meta);
        return expressions.stream().map(expression -> expression.evaluate(context)).toList();
    }
}
