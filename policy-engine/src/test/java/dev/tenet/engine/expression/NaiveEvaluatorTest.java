package dev.tenet.engine.expression;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks' baseline decides as the engine's path does, only slower. */
class NaiveEvaluatorTest {

    @Test
    void naiveEvaluationGivesTheSameKindsOfResult() {
        List<CompiledExpression> rules = List.of(
                Rules.compiled("design.data.encryption.atRest"),
                Rules.compiled("design.security.rbac"),
                Rules.compiled("!has(design.security) || design.security.rbac"),
                Rules.compiled("design.transparency.sourcesCited"),
                Rules.compiled("design.description > 3"));
        Map<String, Object> design = Designs.claimsTriageWithout("security");
        DesignContext context = Designs.context(design);

        List<ExpressionResult> naive = NaiveEvaluator.of(rules).evaluate(design, Designs.claimsTriageMeta());

        assertThat(naive).extracting(Object::getClass)
                .containsExactlyElementsOf(rules.stream().map(rule -> rule.evaluate(context).getClass()).toList());
        assertThat(naive.get(1)).isEqualTo(rules.get(1).evaluate(context));
    }
}
