package dev.tenet.engine.expression;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deciding common shapes without CEL changes no result: for the shipped library's expressions and
 * some tricky ones, against designs with values of every wrong type, the engine's path and plain
 * CEL agree.
 */
class ShortcutEquivalenceTest {

    private static final List<String> TRICKY = List.of(
            "design.data.personal", "!design.data.personal", "design.data.personal == true",
            "design.data.personal && false", "false && design.data.personal", "design.data.personal || true",
            "design.data.retentionDays <= 365", "365 >= design.data.retentionDays", "design.data.retentionDays == 365.0",
            "design.data.retentionDays != 365", "design.evaluation.confidenceThreshold >= 1",
            "design.evaluation.confidenceThreshold != design.evaluation.confidenceThreshold",
            "design.evaluation.confidenceThreshold == 0.8", "design.evaluation.confidenceThreshold != 0.8",
            "size(design.description) >= 20", "design.affectedStakeholders.size() > 1", "size(design.data) == 8",
            "'generative' in design.capabilities", "'personal' in design.data", "design.decisionImpact == 'high'",
            "'high' == design.decisionImpact", "design.decisionImpact != 5", "has(design.data.consent) && design.data.consent == 'none'",
            "has(design.data.personal.x)", "!has(design.security) || design.security.rbac",
            // fields the sparse design does not set: CEL absorbs "no such key" in && and || like any error
            "design.security.rbac && design.fairness.evaluated", "design.security.rbac && false",
            "false && design.security.rbac", "design.security.rbac || true", "design.security.rbac || false",
            "!design.security.rbac", "design.security.rbac && design.data.personal",
            "design.data.personal || design.security.rbac", "design.security.level == 'high' || design.data.personal",
            "size(design.security.roles) > 0 && true", "'x' in design.security.roles || false",
            "design.security.rbac && design.security.level > 2", "(design.security.rbac || design.fairness.x) && false");

    static Stream<Map<String, Object>> designs() {
        return Stream.of(
                Designs.claimsTriage(),
                withoutSections(),
                Designs.map("description", List.of("not", "text"), "capabilities", "generative", "decisionImpact", 5L,
                        "affectedStakeholders", Map.of("a", 1L), "data", Designs.map("personal", "yes", "retentionDays", 3.5,
                                "consent", true, "sensitiveCategories", Designs.list("health", null)),
                        "evaluation", Designs.map("confidenceThreshold", Double.NaN)),
                Designs.map("data", Designs.map("retentionDays", (1L << 53) + 1, "personal", false),
                        "evaluation", Designs.map("confidenceThreshold", -0.0), "description", "héllo wörld 😀 with emoji"));
    }

    @ParameterizedTest
    @MethodSource("designs")
    void engineAndPlainCelAgreeOnEveryExpression(Map<String, Object> spec) throws IOException {
        List<CompiledExpression> rules = new ArrayList<>(library());
        TRICKY.forEach(source -> rules.add(Rules.compiled(source)));
        DesignContext context = DesignContext.of(spec, Designs.claimsTriageMeta());

        List<ExpressionResult> plain = NaiveEvaluator.of(rules).evaluate(context.design(), context.meta());

        for (int i = 0; i < rules.size(); i++) {
            ExpressionResult engine = rules.get(i).evaluate(context);
            assertThat(engine.getClass()).as(rules.get(i).source()).isEqualTo(plain.get(i).getClass());
            if (engine instanceof ExpressionResult.NotSet notSet) {
                assertThat(notSet.path()).as(rules.get(i).source()).isEqualTo(((ExpressionResult.NotSet) plain.get(i)).path());
            }
            if (engine instanceof ExpressionResult.Error error) {
                assertThat(error.message()).as(rules.get(i).source()).isEqualTo(((ExpressionResult.Error) plain.get(i)).message());
            }
        }
    }

    private static List<CompiledExpression> library() throws IOException {
        try (InputStream in = ShortcutEquivalenceTest.class.getResourceAsStream("/expression/benchmark-rules.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .map(Rules::compiled).toList();
        }
    }

    private static Map<String, Object> withoutSections() {
        Map<String, Object> spec = Designs.claimsTriage();
        spec.remove("security");
        spec.remove("fairness");
        return spec;
    }
}
