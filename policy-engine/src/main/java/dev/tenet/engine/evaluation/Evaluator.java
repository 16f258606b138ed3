package dev.tenet.engine.evaluation;

import dev.tenet.engine.expression.DesignContext;
import dev.tenet.engine.expression.ExpressionResult;
import dev.tenet.model.Attestation;
import dev.tenet.model.DesignParts.AttestationAnswer;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.Governance;
import dev.tenet.model.Policy;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Stage;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates designs against a bundle (DESIGN.md section 3): the risk tier, one finding per rule of
 * every policy, and the checklist of attestations that apply. Pure and deterministic; stateless and
 * thread-safe.
 *
 * <p>Where a design does not say enough to decide, Tenet takes the cautious reading: a risk tier
 * whose condition reads an unset field matches (so the design gets the fuller review), and a
 * policy whose {@code appliesTo} reads an unset field applies (so its rules say what is missing).
 */
public final class Evaluator {

    private final RuleJudge judge = new RuleJudge();

    /** Evaluates one design against every policy of the bundle. */
    public Evaluation evaluate(PolicyBundle bundle, EvaluationInput input) {
        return evaluate(bundle, bundle.policies(), input);
    }

    /**
     * Evaluates one design against some of the bundle's policies (a policy's own tests evaluate only
     * that policy); the tier and the checklist's stages still come from the bundle's governance.
     */
    public Evaluation evaluate(PolicyBundle bundle, List<CompiledPolicy> policies, EvaluationInput input) {
        RiskTier tier = tier(bundle, input.design());
        List<Finding> findings = new ArrayList<>();
        List<Policy> applicable = new ArrayList<>();
        for (CompiledPolicy policy : policies) {
            ExpressionResult applies = policy.policy().appliesTo().isAlwaysTrue() ? null
                    : policy.appliesTo().evaluate(input.design());
            findings.addAll(judge.judge(policy, applies, input));
            if (applies == null || !(applies instanceof ExpressionResult.False)) {
                applicable.add(policy.policy());
            }
        }
        return new Evaluation(bundle.commit(), tier, findings, checklist(bundle.governance(), tier, applicable, input));
    }

    /** The first tier whose condition holds, or cannot be decided; the lowest tier when none does. */
    RiskTier tier(PolicyBundle bundle, DesignContext design) {
        for (CompiledTier tier : bundle.tiers()) {
            if (!(tier.when().evaluate(design) instanceof ExpressionResult.False)) {
                return tier.tier();
            }
        }
        return RiskTier.LOW;
    }

    private static List<AttestationCheck> checklist(Governance governance, RiskTier tier, List<Policy> policies,
                                                    EvaluationInput input) {
        List<String> stageOrder = governance.stages().stream().map(Stage::id).toList();
        List<AttestationCheck> checks = new ArrayList<>();
        for (Policy policy : policies) {
            for (Attestation attestation : policy.attestations()) {
                boolean reviewed = governance.stage(attestation.stage()).map(stage -> stage.appliesTo(tier)).orElse(false);
                if (reviewed) {
                    checks.add(check(policy, attestation, input.answer(attestation.id())));
                }
            }
        }
        checks.sort(Comparator.comparingInt((AttestationCheck check) -> stageOrder.indexOf(check.stage()))
                .thenComparing(AttestationCheck::id));
        return checks;
    }

    private static AttestationCheck check(Policy policy, Attestation attestation, Optional<AttestationAnswer> answer) {
        AttestationStatus status = answer.map(given -> status(attestation, given)).orElse(AttestationStatus.MISSING);
        return new AttestationCheck(attestation.id(), policy.id(), attestation.stage(), attestation.question(),
                attestation.evidence(), status, answer.map(AttestationAnswer::answer),
                answer.flatMap(AttestationAnswer::evidence));
    }

    private static AttestationStatus status(Attestation attestation, AttestationAnswer answer) {
        if (!answer.answer()) {
            return AttestationStatus.DECLINED;
        }
        if (attestation.evidence() == EvidenceRequirement.REQUIRED && answer.evidence().isEmpty()) {
            return AttestationStatus.EVIDENCE_MISSING;
        }
        return AttestationStatus.ANSWERED;
    }
}
