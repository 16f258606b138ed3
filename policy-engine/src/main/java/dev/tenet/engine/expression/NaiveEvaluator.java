package dev.tenet.engine.expression;

import dev.cel.common.CelErrorCode;
import dev.cel.runtime.CelEvaluationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The straightforward way to evaluate rules, kept as the baseline that benchmarks compare
 * {@link CompiledExpression#evaluate} with; the engine does not use it.
 *
 * <p>Each rule's CEL program runs on the design's plain tree with a fresh activation, every path
 * not set surfaces as CEL's "no such key" exception, and the values read are found by walking the
 * tree afresh for each rule.
 */
public final class NaiveEvaluator {

    private final List<CompiledExpression> rules;

    private NaiveEvaluator(List<CompiledExpression> rules) {
        this.rules = List.copyOf(rules);
    }

    /** An evaluator for these rules, in order. */
    public static NaiveEvaluator of(List<CompiledExpression> rules) {
        return new NaiveEvaluator(rules);
    }

    /** Every rule's result for one design, given its {@code spec} and {@code metadata} trees as read. */
    public List<ExpressionResult> evaluate(Map<String, Object> designSpec, Map<String, Object> meta) {
        Objects.requireNonNull(designSpec, "designSpec");
        Objects.requireNonNull(meta, "meta");
        List<ExpressionResult> results = new ArrayList<>(rules.size());
        for (CompiledExpression rule : rules) {
            results.add(evaluate(rule, designSpec, meta));
        }
        return results;
    }

    private static ExpressionResult evaluate(CompiledExpression rule, Map<String, Object> design, Map<String, Object> meta) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> unset = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (FieldPath path : rule.paths()) {
            Object value = walk(path.root().equals(PathCollector.META) ? meta : design, path.names());
            boolean set = value != EvaluationPlan.MISSING && value != EvaluationPlan.NOT_A_MAP;
            values.put(path.path(), set ? value : null);
            if (!set) {
                unset.add(path.path());
            }
            if (value == EvaluationPlan.MISSING && !path.guarded()) {
                missing.add(path.path());
            }
        }
        ValuesRead read = new ValuesRead(values, unset);
        try {
            Object result = rule.program().eval(Map.of(PathCollector.DESIGN, design, PathCollector.META, meta));
            return result instanceof Boolean holds
                    ? holds ? new ExpressionResult.True(read) : new ExpressionResult.False(read)
                    : new ExpressionResult.Error(CelMessages.notBoolean(result), read);
        } catch (CelEvaluationException e) {
            boolean notFound = e.getErrorCode() == CelErrorCode.ATTRIBUTE_NOT_FOUND && !missing.isEmpty();
            return notFound ? new ExpressionResult.NotSet(missing.get(0), read)
                    : new ExpressionResult.Error(CelMessages.runtime(e), read);
        } catch (RuntimeException e) {
            return new ExpressionResult.Error(CelMessages.unexpected(e), read);
        }
    }

    private static Object walk(Object root, List<String> keys) {
        Object at = root;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return EvaluationPlan.NOT_A_MAP;
            }
            if (!map.containsKey(key)) {
                return EvaluationPlan.MISSING;
            }
            at = map.get(key);
        }
        return at;
    }
}
