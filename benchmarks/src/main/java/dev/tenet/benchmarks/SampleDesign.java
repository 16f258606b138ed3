package dev.tenet.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The design the evaluation benchmark judges: shaped like {@code policies/examples/claims-triage.yaml}
 * (every section set, nested maps, lists), answering the synthetic policies' attestations.
 */
enum SampleDesign {

    /** Every section set: two rules fail, the rest pass. */
    FULL(Set.of()),
    /**
     * Without its {@code security} and {@code fairness} sections: eleven rules read a field that is
     * not set, which the naive path learns through CEL's "no such key" exception.
     */
    SPARSE(Set.of("security", "fairness"));

    private static final Map<String, String> SECTIONS = sections();

    private final Set<String> left;

    SampleDesign(Set<String> left) {
        this.left = left;
    }

    /** The design's YAML text. */
    String yaml() {
        StringBuilder yaml = new StringBuilder("""
                apiVersion: tenet.dev/v1
                kind: WorkloadDesign
                metadata:
                  name: claims-triage
                  team: claims
                  owner: erin
                spec:
                """);
        SECTIONS.forEach((name, text) -> {
            if (!left.contains(name)) {
                yaml.append(text);
            }
        });
        yaml.append("  attestations:\n");
        List<SyntheticPolicy> policies = SyntheticPolicies.templates();
        for (int i = 0; i < policies.size(); i++) {
            String id = policies.get(i).attestationId();
            yaml.append("    ").append(id).append(i % 3 == 2 ? ": {answer: true}\n"
                    : ": {answer: true, evidence: \"https://wiki.example/claims-triage/" + id + "\"}\n");
        }
        return yaml.append("  extensions: {}\n").toString();
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("description", """
                  description: >-
                    Classifies incoming insurance claims as urgent or non-urgent so that adjusters see urgent
                    cases first. An adjuster confirms every predicted category before the claim is routed.
                  capabilities: [text-classification]
                  decisionImpact: high
                  affectedStakeholders: [claimants, adjusters, claims-supervisors]
                """);
        sections.put("data", """
                  data:
                    personal: true
                    sensitiveCategories: [health]
                    consent: explicit
                    retentionDays: 365
                    encryption: {atRest: true, inTransit: true}
                    anonymization: true
                    rightToBeForgotten: true
                    optOut: true
                """);
        sections.put("humanOversight", "  humanOversight: {humanInTheLoop: true, confirmBeforeAction: true, correctionPath: true}\n");
        sections.put("transparency", "  transparency: {disclosure: true, confidenceShown: true, explanations: true,"
                + " sourcesCited: false, decisionLog: true}\n");
        sections.put("fairness", "  fairness: {subgroupEvaluation: true, representativeData: true}\n");
        sections.put("evaluation", "  evaluation: {realWorldTesting: true, confidenceThreshold: 0.8, harmsMeasured: true}\n");
        sections.put("security", """
                  security: {authentication: true, rbac: true, anonymousEndpoints: false, inputInspection: true,
                             outputModeration: true, threatModel: true, redTeaming: true}
                """);
        sections.put("operations", """
                  operations: {monitoring: true, feedbackChannel: "https://feedback.example/claims",
                               incidentResponse: true, rollbackPlan: true}
                """);
        return sections;
    }
}
