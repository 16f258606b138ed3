package dev.tenet.engine.expression;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiled expressions and contexts are shared between threads. */
class ConcurrentEvaluationTest {

    private static final List<String> SOURCES = List.of(
            "design.data.encryption.atRest",
            "design.security.rbac",
            "!has(design.security) || design.security.authentication",
            "design.evaluation.confidenceThreshold >= 0.5",
            "design.affectedStakeholders.exists(s, s == 'claimants')",
            "design.description > 3");

    @Test
    void sameCompiledExpressionsGiveTheSameResultsOnEveryThread() throws Exception {
        List<CompiledExpression> rules = SOURCES.stream().map(Rules::compiled).toList();
        List<DesignContext> designs = List.of(Designs.claimsTriageContext(),
                Designs.context(Designs.claimsTriageWithout("security")),
                Designs.context(Designs.claimsTriageWithout("evaluation.confidenceThreshold")));
        List<List<ExpressionResult>> expected = designs.stream().map(design -> evaluateAll(rules, design)).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                Callable<Boolean> run = () -> {
                    for (int i = 0; i < 2_000; i++) {
                        int d = (i + offset) % designs.size();
                        if (!evaluateAll(rules, designs.get(d)).equals(expected.get(d))) {
                            return false;
                        }
                    }
                    return true;
                };
                runs.add(threads.submit(run));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<ExpressionResult> evaluateAll(List<CompiledExpression> rules, DesignContext design) {
        return rules.stream().map(rule -> rule.evaluate(design)).toList();
    }
}
