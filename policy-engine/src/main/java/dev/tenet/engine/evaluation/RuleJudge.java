package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.ExpressionResult;
import dev.tenet.model.Enforcement;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.model.Waiver;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the results of one policy's expressions into its findings, waivers applied. */
final class RuleJudge {

    /**
     * The findings of one policy.
     *
     * @param applies the result of the policy's {@code appliesTo}; {@code null} when it has none
     */
    List<Finding> judge(CompiledPolicy policy, ExpressionResult applies, EvaluationInput input) {
        List<Finding> findings = new ArrayList<>(policy.rules().size());
        for (CompiledRule rule : policy.rules()) {
            findings.add(judge(policy.policy(), rule, applies, input));
        }
        return findings;
    }

    private Finding judge(Policy policy, CompiledRule rule, ExpressionResult policyApplies, EvaluationInput input) {
        if (policyApplies instanceof ExpressionResult.False notApplicable) {
            return finding(policy, rule, Outcome.NOT_APPLICABLE, "the policy does not apply: "
                    + policy.appliesTo().source() + " is false" + Explanations.because(notApplicable), notApplicable);
        }
        if (policyApplies instanceof ExpressionResult.Error error) {
            return finding(policy, rule, Outcome.ERROR, "cannot tell whether the policy applies: " + error.message()
                    + " (" + policy.source().file() + ":" + policy.appliesTo().position() + ")", error);
        }
        ExpressionResult ruleApplies = rule.rule().appliesTo().isAlwaysTrue() ? null
                : rule.appliesTo().evaluate(input.design());
        if (ruleApplies instanceof ExpressionResult.False notApplicable) {
            return finding(policy, rule, Outcome.NOT_APPLICABLE, "the rule does not apply: "
                    + rule.rule().appliesTo().source() + " is false" + Explanations.because(notApplicable), notApplicable);
        }
        if (ruleApplies instanceof ExpressionResult.Error error) {
            return finding(policy, rule, Outcome.ERROR, "cannot tell whether the rule applies: " + error.message()
                    + " (" + rule.location() + ")", error);
        }
        return required(policy, rule, rule.require().evaluate(input.design()), input);
    }

    private Finding required(Policy policy, CompiledRule rule, ExpressionResult result, EvaluationInput input) {
        if (result instanceof ExpressionResult.True) {
            return finding(policy, rule, Outcome.PASS, "", result);
        }
        if (result instanceof ExpressionResult.Error error) {
            return finding(policy, rule, Outcome.ERROR, "the rule could not be evaluated: " + error.message()
                    + " (" + rule.location() + ")", error);
        }
        String detail = result instanceof ExpressionResult.NotSet notSet
                ? notSet.path() + " is not set"
                : Explanations.describe(result.values());
        return waived(policy, rule, detail, result, input);
    }

    private Finding waived(Policy policy, CompiledRule rule, String detail, ExpressionResult result,
                           EvaluationInput input) {
        Optional<Waiver> waiver = input.waivers().stream()
                .filter(candidate -> candidate.covers(policy.id(), rule.rule().id())).findFirst();
        if (waiver.isEmpty()) {
            return finding(policy, rule, Outcome.FAIL, detail, result);
        }
        if (policy.enforcement() == Enforcement.HARD_MANDATORY) {
            return finding(policy, rule, Outcome.FAIL, detail
                    + "; a waiver was given, but hard-mandatory rules cannot be waived", result);
        }
        if (!waiver.get().isActiveOn(input.today())) {
            return finding(policy, rule, Outcome.FAIL, detail + "; its waiver expired on " + waiver.get().expires(), result);
        }
        return new Finding(policy.id(), policy.metadata().version().toString(), policy.metadata().principle(),
                rule.rule().id(), Outcome.WAIVED, policy.enforcement(), rule.rule().severity(), rule.rule().message(),
                rule.rule().remediation(), detail + "; waived until " + waiver.get().expires(), values(result),
                rule.location(), waiver);
    }

    private static Finding finding(Policy policy, CompiledRule rule, Outcome outcome, String detail,
                                   ExpressionResult result) {
        Rule written = rule.rule();
        return new Finding(policy.id(), policy.metadata().version().toString(), policy.metadata().principle(),
                written.id(), outcome, policy.enforcement(), written.severity(), written.message(),
                written.remediation(), detail, values(result), rule.location(), Optional.empty());
    }

    private static Map<String, Object> values(ExpressionResult result) {
        return result == null ? Map.of() : result.values();
    }
}
