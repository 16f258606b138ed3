package dev.tenet.engine.expression;

import dev.tenet.model.Expression;
import dev.tenet.model.Position;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A quick, JMH-free measurement of one design against the shipped library's 50 expressions: the
 * engine's path (one {@link DesignContext}, then {@link CompiledExpression#evaluate} per rule)
 * against {@link NaiveEvaluator}. Not a test; run its {@code main} from the test class path. The
 * benchmarks module measures properly with JMH.
 */
public final class ExpressionBenchmark {

    private static final int ROUNDS = 200_000;

    private ExpressionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<CompiledExpression> rules = rules();
        NaiveEvaluator naive = NaiveEvaluator.of(rules);
        Map<String, Object> meta = Designs.claimsTriageMeta();
        Map<String, Map<String, Object>> designs = Map.of(
                "full design", Designs.claimsTriage(),
                "design without security and fairness", withoutSections());
        System.out.printf(Locale.ROOT, "%d rules, %d rounds%n", rules.size(), ROUNDS);
        for (Map.Entry<String, Map<String, Object>> design : designs.entrySet()) {
            long[] fast = measure(() -> {
                DesignContext context = DesignContext.of(design.getValue(), meta);
                int sink = 0;
                for (CompiledExpression rule : rules) {
                    sink += rule.evaluate(context).values().size();
                }
                return sink;
            });
            long[] slow = measure(() -> naive.evaluate(design.getValue(), meta).size());
            System.out.printf(Locale.ROOT, "%-40s engine p50 %6.2f us p99 %6.2f us | naive p50 %6.2f us p99 %6.2f us%n",
                    design.getKey(), micros(fast, 50), micros(fast, 99), micros(slow, 50), micros(slow, 99));
        }
    }

    private static long[] measure(java.util.function.IntSupplier run) {
        long[] times = new long[ROUNDS];
        int sink = 0;
        for (int i = 0; i < ROUNDS; i++) {
            sink += run.getAsInt();
        }
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            sink += run.getAsInt();
            times[i] = System.nanoTime() - start;
        }
        if (sink == 42) {
            System.out.println();
        }
        Arrays.sort(times);
        return times;
    }

    private static double micros(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1000.0;
    }

    private static List<CompiledExpression> rules() throws IOException {
        try (InputStream in = ExpressionBenchmark.class.getResourceAsStream("/expression/benchmark-rules.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ExpressionCompiler compiler = new ExpressionCompiler();
            return text.lines().filter(line -> !line.isBlank())
                    .map(line -> compiler.compile("benchmark", new Expression(line, Position.START)).value())
                    .toList();
        }
    }

    private static Map<String, Object> withoutSections() {
        Map<String, Object> spec = Designs.claimsTriage();
        spec.remove("security");
        spec.remove("fairness");
        return spec;
    }
}
