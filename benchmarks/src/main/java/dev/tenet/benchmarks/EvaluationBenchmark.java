package dev.tenet.benchmarks;

import dev.tenet.engine.evaluation.EvaluationInput;
import dev.tenet.engine.expression.CompiledExpression;
import dev.tenet.engine.expression.DesignContext;
import dev.tenet.engine.expression.ExpressionResult;
import dev.tenet.model.evaluation.Evaluation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One design against a 50-rule bundle, per design:
 * <ul>
 *   <li>{@code engine}: what a caller pays, from the read design to the {@link Evaluation}: building
 *       the input (the design converted once), the tier, every finding with its explanation, the
 *       checklist.</li>
 *   <li>{@code engineExpressions}: the design converted once and the same expressions evaluated
 *       through {@link CompiledExpression#evaluate}, without findings or checklist: the like-for-like
 *       counterpart of {@code naive}.</li>
 *   <li>{@code designContext}: the conversion alone.</li>
 *   <li>{@code naive}: each expression as its own CEL program on the plain tree, with a fresh
 *       activation ({@code NaiveEvaluator}).</li>
 *   <li>{@code handWritten}: the same checks as Java predicates over the tree, the floor.</li>
 *   <li>{@code shippedLibrary}: {@code claims-triage.yaml} against the real {@code policies/}, as
 *       {@code tenet check} evaluates it.</li>
 * </ul>
 */
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    @Benchmark
    public Evaluation engine(GeneratedBundle generated) {
        return generated.evaluator.evaluate(generated.bundle, EvaluationInput.of(generated.workload, GeneratedBundle.TODAY));
    }

    @Benchmark
    public void engineExpressions(GeneratedBundle generated, Blackhole results) {
        DesignContext context = DesignContext.of(generated.spec, generated.meta);
        for (CompiledExpression expression : generated.expressions) {
            results.consume(expression.evaluate(context));
        }
    }

    @Benchmark
    public DesignContext designContext(GeneratedBundle generated) {
        return DesignContext.of(generated.spec, generated.meta);
    }

    @Benchmark
    public List<ExpressionResult> naive(GeneratedBundle generated) {
        return generated.naive.evaluate(generated.spec, generated.meta);
    }

    @Benchmark
    public void handWritten(GeneratedBundle generated, Blackhole verdict) {
        verdict.consume(generated.handWritten.evaluate(generated.spec));
    }

    @Benchmark
    public Evaluation shippedLibrary(ShippedLibrary shipped) {
        return shipped.evaluator.evaluate(shipped.bundle, EvaluationInput.of(shipped.design, GeneratedBundle.TODAY));
    }
}
