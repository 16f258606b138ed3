package dev.tenet.benchmarks;

import dev.tenet.benchmarks.SyntheticPolicy.Rule;
import dev.tenet.model.RiskTier;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static dev.tenet.benchmarks.DesignTree.flag;
import static dev.tenet.benchmarks.DesignTree.has;
import static dev.tenet.benchmarks.DesignTree.isFalse;
import static dev.tenet.benchmarks.DesignTree.list;
import static dev.tenet.benchmarks.DesignTree.number;
import static dev.tenet.benchmarks.DesignTree.text;

/**
 * Ten policies of five rules each (50 rules), written like the shipped library's: boolean fields,
 * {@code in} on lists, numeric comparisons, {@code has()} guards, {@code size()}, a macro, a
 * ternary, and {@code appliesTo} on policies and rules. Every policy applies to the benchmark
 * design, so the engine, the naive path and the hand-written checks all judge every rule. Also the
 * shipped governance's risk tiers.
 */
final class SyntheticPolicies {

    private static final Set<String> SENSITIVE = Set.of("health", "biometric", "children", "genetic");

    private static final List<SyntheticPolicy> TEMPLATES = List.of(
            new SyntheticPolicy("protect-personal-data", "privacy", "privacy-security", "hard-mandatory", "high",
                    when("design.data.personal", d -> flag(d, "data", "personal")), List.of(
                    Rule.of("at-rest", when("design.data.encryption.atRest", d -> flag(d, "data", "encryption", "atRest"))),
                    Rule.of("in-transit", when("design.data.encryption.inTransit", d -> flag(d, "data", "encryption", "inTransit"))),
                    Rule.of("consent-given", when("design.data.consent in ['implied', 'explicit']",
                            d -> Set.of("implied", "explicit").contains(text(d, "data", "consent")))),
                    Rule.of("retention-limit", when("design.data.retentionDays <= 365", d -> number(d, "data", "retentionDays") <= 365)),
                    Rule.of("anonymized", when("has(design.data.anonymization) && design.data.anonymization",
                            d -> flag(d, "data", "anonymization"))))),
            new SyntheticPolicy("secure-endpoints", "privacy", "privacy-security", "hard-mandatory", "high",
                    Condition.always(), List.of(
                    Rule.of("authentication", when("design.security.authentication", d -> flag(d, "security", "authentication"))),
                    Rule.of("rbac", when("design.security.rbac", d -> flag(d, "security", "rbac"))),
                    Rule.of("no-anonymous-endpoints", when("!design.security.anonymousEndpoints",
                            d -> isFalse(d, "security", "anonymousEndpoints"))),
                    Rule.of("input-inspection", when("design.security.inputInspection", d -> flag(d, "security", "inputInspection"))),
                    Rule.of("threat-model", when("design.security.threatModel && design.security.redTeaming",
                            d -> flag(d, "security", "threatModel") && flag(d, "security", "redTeaming"))))),
            new SyntheticPolicy("gate-on-confidence", "reliability", "reliability-safety", "soft-mandatory", "medium",
                    when("'text-classification' in design.capabilities || 'entity-extraction' in design.capabilities",
                            d -> list(d, "capabilities").contains("text-classification") || list(d, "capabilities").contains("entity-extraction")),
                    List.of(
                    Rule.of("threshold-range", when("design.evaluation.confidenceThreshold >= 0.5 && design.evaluation.confidenceThreshold <= 1.0",
                            d -> number(d, "evaluation", "confidenceThreshold") >= 0.5 && number(d, "evaluation", "confidenceThreshold") <= 1.0)),
                    Rule.of("real-world-testing", when("design.evaluation.realWorldTesting", d -> flag(d, "evaluation", "realWorldTesting"))),
                    Rule.of("harms-measured", when("design.evaluation.harmsMeasured", d -> flag(d, "evaluation", "harmsMeasured"))),
                    Rule.of("confidence-shown", when("design.transparency.confidenceShown", d -> flag(d, "transparency", "confidenceShown"))),
                    Rule.of("threshold-positive", when("!has(design.evaluation.confidenceThreshold) || design.evaluation.confidenceThreshold > 0.0",
                            d -> !has(d, "evaluation", "confidenceThreshold") || number(d, "evaluation", "confidenceThreshold") > 0.0)))),
            new SyntheticPolicy("keep-humans-in-control", "accountability", "accountability", "hard-mandatory", "high",
                    when("design.decisionImpact != 'low'", d -> has(d, "decisionImpact") && !text(d, "decisionImpact").equals("low")), List.of(
                    Rule.of("human-in-the-loop", when("design.humanOversight.humanInTheLoop", d -> flag(d, "humanOversight", "humanInTheLoop"))),
                    Rule.of("confirm-before-action", when("design.humanOversight.confirmBeforeAction",
                            d -> flag(d, "humanOversight", "confirmBeforeAction"))),
                    Rule.of("correction-path", when("design.humanOversight.correctionPath", d -> flag(d, "humanOversight", "correctionPath"))),
                    Rule.of("stakeholders-named", when("size(design.affectedStakeholders) > 0", d -> !list(d, "affectedStakeholders").isEmpty())),
                    new Rule("decision-log", when("design.decisionImpact == 'high'", d -> text(d, "decisionImpact").equals("high")),
                            when("design.transparency.decisionLog", d -> flag(d, "transparency", "decisionLog"))))),
            new SyntheticPolicy("explain-decisions", "transparency", "transparency", "advisory", "medium",
                    when("design.decisionImpact in ['medium', 'high']", d -> Set.of("medium", "high").contains(text(d, "decisionImpact"))),
                    List.of(
                    Rule.of("disclosure", when("design.transparency.disclosure", d -> flag(d, "transparency", "disclosure"))),
                    Rule.of("explanations", when("design.transparency.explanations", d -> flag(d, "transparency", "explanations"))),
                    Rule.of("sources-cited", when("design.transparency.sourcesCited", d -> flag(d, "transparency", "sourcesCited"))),
                    Rule.of("description-written", when("size(design.description) >= 20", d -> text(d, "description").length() >= 20)),
                    Rule.of("grounded-generation", when("design.transparency.sourcesCited || !('generative' in design.capabilities)",
                            d -> flag(d, "transparency", "sourcesCited") || !list(d, "capabilities").contains("generative"))))),
            new SyntheticPolicy("measure-fairness", "fairness", "fairness", "soft-mandatory", "medium",
                    when("design.data.personal || design.decisionImpact == 'high'",
                            d -> flag(d, "data", "personal") || text(d, "decisionImpact").equals("high")), List.of(
                    Rule.of("subgroup-evaluation", when("design.fairness.subgroupEvaluation", d -> flag(d, "fairness", "subgroupEvaluation"))),
                    Rule.of("representative-data", when("design.fairness.representativeData", d -> flag(d, "fairness", "representativeData"))),
                    Rule.of("explicit-consent-for-health",
                            when("!('health' in design.data.sensitiveCategories) || design.data.consent == 'explicit'",
                                    d -> has(d, "data", "sensitiveCategories") && (!list(d, "data", "sensitiveCategories").contains("health")
                                            || text(d, "data", "consent").equals("explicit")))),
                    Rule.of("claimants-consulted", when("design.affectedStakeholders.exists(s, s == 'claimants')",
                            d -> list(d, "affectedStakeholders").stream().anyMatch("claimants"::equals))),
                    Rule.of("both-measures", when("design.fairness.subgroupEvaluation && design.fairness.representativeData",
                            d -> flag(d, "fairness", "subgroupEvaluation") && flag(d, "fairness", "representativeData"))))),
            new SyntheticPolicy("operate-safely", "reliability", "reliability-safety", "soft-mandatory", "medium",
                    Condition.always(), List.of(
                    Rule.of("monitoring", when("design.operations.monitoring", d -> flag(d, "operations", "monitoring"))),
                    Rule.of("incident-response", when("design.operations.incidentResponse", d -> flag(d, "operations", "incidentResponse"))),
                    Rule.of("rollback-plan", when("design.operations.rollbackPlan", d -> flag(d, "operations", "rollbackPlan"))),
                    Rule.of("feedback-channel", when("design.operations.feedbackChannel != ''",
                            d -> !text(d, "operations", "feedbackChannel").isEmpty())),
                    Rule.of("monitored-response", when("design.operations.monitoring && design.operations.incidentResponse",
                            d -> flag(d, "operations", "monitoring") && flag(d, "operations", "incidentResponse"))))),
            new SyntheticPolicy("respect-data-subjects", "privacy", "privacy-security", "soft-mandatory", "medium",
                    when("design.data.personal", d -> flag(d, "data", "personal")), List.of(
                    Rule.of("right-to-be-forgotten", when("design.data.rightToBeForgotten", d -> flag(d, "data", "rightToBeForgotten"))),
                    Rule.of("opt-out", when("design.data.optOut", d -> flag(d, "data", "optOut"))),
                    Rule.of("consent-recorded", when("design.data.consent != 'none'",
                            d -> has(d, "data", "consent") && !text(d, "data", "consent").equals("none"))),
                    Rule.of("short-retention", when("design.data.retentionDays <= 180", d -> number(d, "data", "retentionDays") <= 180)),
                    new Rule("anonymize-sensitive",
                            when("has(design.data.sensitiveCategories) && size(design.data.sensitiveCategories) > 0",
                                    d -> !list(d, "data", "sensitiveCategories").isEmpty()),
                            when("design.data.anonymization", d -> flag(d, "data", "anonymization"))))),
            new SyntheticPolicy("reach-everyone", "inclusiveness", "inclusiveness", "advisory", "low",
                    when("!('generative' in design.capabilities)", d -> !list(d, "capabilities").contains("generative")), List.of(
                    Rule.of("disclosed", when("design.transparency.disclosure", d -> flag(d, "transparency", "disclosure"))),
                    Rule.of("secure-feedback-channel", when("design.operations.feedbackChannel.startsWith('https://')",
                            d -> text(d, "operations", "feedbackChannel").startsWith("https://"))),
                    Rule.of("adjusters-included", when("'adjusters' in design.affectedStakeholders",
                            d -> list(d, "affectedStakeholders").contains("adjusters"))),
                    Rule.of("correctable", when("design.humanOversight.correctionPath || design.humanOversight.humanInTheLoop",
                            d -> flag(d, "humanOversight", "correctionPath") || flag(d, "humanOversight", "humanInTheLoop"))),
                    Rule.of("accessibility-reviewed",
                            when("!has(design.extensions.accessibilityReview) || design.extensions.accessibilityReview == true",
                                    d -> !has(d, "extensions", "accessibilityReview") || flag(d, "extensions", "accessibilityReview"))))),
            new SyntheticPolicy("safeguard-high-impact", "accountability", "accountability", "hard-mandatory", "critical",
                    when("'generative' in design.capabilities || design.decisionImpact == 'high'",
                            d -> list(d, "capabilities").contains("generative") || text(d, "decisionImpact").equals("high")), List.of(
                    Rule.of("output-moderation", when("design.security.outputModeration", d -> flag(d, "security", "outputModeration"))),
                    Rule.of("red-teaming", when("design.security.redTeaming", d -> flag(d, "security", "redTeaming"))),
                    Rule.of("inspect-and-moderate", when("design.security.inputInspection && design.security.outputModeration",
                            d -> flag(d, "security", "inputInspection") && flag(d, "security", "outputModeration"))),
                    Rule.of("harms-measured", when("design.evaluation.harmsMeasured", d -> flag(d, "evaluation", "harmsMeasured"))),
                    Rule.of("confirm-high-impact",
                            when("design.decisionImpact == 'high' ? design.humanOversight.confirmBeforeAction : true",
                                    d -> !text(d, "decisionImpact").equals("high") || flag(d, "humanOversight", "confirmBeforeAction"))))));

    /** The shipped governance's risk tiers, first match wins. */
    private static final List<Tier> TIERS = List.of(
            new Tier(RiskTier.HIGH, when("design.decisionImpact == 'high'"
                    + " || (design.data.personal && has(design.data.sensitiveCategories)"
                    + " && design.data.sensitiveCategories.exists(c, c in ['health', 'biometric', 'children', 'genetic']))"
                    + " || ('generative' in design.capabilities && (design.data.personal || design.decisionImpact == 'medium'))",
                    d -> text(d, "decisionImpact").equals("high")
                            || (flag(d, "data", "personal") && list(d, "data", "sensitiveCategories").stream().anyMatch(SENSITIVE::contains))
                            || (list(d, "capabilities").contains("generative")
                            && (flag(d, "data", "personal") || text(d, "decisionImpact").equals("medium"))))),
            new Tier(RiskTier.MEDIUM, when("design.data.personal || design.decisionImpact == 'medium' || 'generative' in design.capabilities",
                    d -> flag(d, "data", "personal") || text(d, "decisionImpact").equals("medium")
                            || list(d, "capabilities").contains("generative"))),
            new Tier(RiskTier.LOW, when("true", d -> true)));

    private SyntheticPolicies() {
    }

    /** The ten policies, 50 rules. */
    static List<SyntheticPolicy> templates() {
        return TEMPLATES;
    }

    /** The governance's risk tiers, in order. */
    static List<Tier> tiers() {
        return TIERS;
    }

    private static Condition when(String cel, Predicate<Map<String, Object>> java) {
        return Condition.of(cel, java);
    }

    /** A risk-tier line of the governance document. */
    record Tier(RiskTier tier, Condition when) {
    }
}
