package dev.tenet.engine.report;

import dev.tenet.model.Capability;
import dev.tenet.model.DecisionImpact;
import dev.tenet.model.DesignMetadata;
import dev.tenet.model.DesignParts;
import dev.tenet.model.DesignSpec;
import dev.tenet.model.Enforcement;
import dev.tenet.model.EvidenceRequirement;
import dev.tenet.model.Position;
import dev.tenet.model.Principle;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Severity;
import dev.tenet.model.SourceMap;
import dev.tenet.model.Waiver;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.AttestationCheck;
import dev.tenet.model.evaluation.AttestationStatus;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-made checked designs for the report tests, no engine involved. Together they cover every
 * outcome, enforcement and attestation status, waivers, values the design does not set, and text
 * that formats must escape: quotes, {@code <}, {@code &}, non-ASCII, line breaks and control
 * characters.
 */
final class SampleDesigns {

    static final String COMMIT = "3f2a1c9e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39";

    private SampleDesigns() {
    }

    /** All three designs, in the order a user typed them. */
    static List<CheckedDesign> all() {
        return List.of(claimsTriage(), chatAssistant(), batchForecast());
    }

    /** Blocked: a failure of every enforcement, a waiver, an error, open attestations of three stages. */
    static CheckedDesign claimsTriage() {
        SourceMap source = new SourceMap("policies/examples/claims-triage.yaml", Map.ofEntries(
                Map.entry("", Position.START),
                Map.entry("spec", new Position(7, 3)),
                Map.entry("spec.decisionImpact", new Position(10, 19)),
                Map.entry("spec.data", new Position(12, 5)),
                Map.entry("spec.data.personal", new Position(12, 15)),
                Map.entry("spec.data.encryption", new Position(16, 17)),
                Map.entry("spec.data.encryption.atRest", new Position(16, 26)),
                Map.entry("spec.humanOversight", new Position(20, 19)),
                Map.entry("spec.humanOversight.humanInTheLoop", new Position(20, 37)),
                Map.entry("spec.transparency.disclosure", new Position(22, 30)),
                Map.entry("spec.transparency.sourcesCited", new Position(23, 31))));
        String encrypt = "policies/privacy-security/encrypt-personal-data.yaml";
        List<Finding> findings = List.of(
                finding("privacy.encrypt-personal-data", Principle.PRIVACY_SECURITY, "at-rest", Outcome.FAIL,
                        Enforcement.HARD_MANDATORY, Severity.HIGH, "Personal data is not encrypted at rest.",
                        "Encrypt every store that holds personal data.", "design.data.encryption.atRest is false",
                        values("design.data.encryption.atRest", false), encrypt + ":22:7"),
                finding("privacy.encrypt-personal-data", Principle.PRIVACY_SECURITY, "in-transit", Outcome.PASS,
                        Enforcement.HARD_MANDATORY, Severity.HIGH, "Personal data is not encrypted in transit.",
                        "Use TLS 1.2 or later for every connection.", "",
                        values("design.data.encryption.inTransit", true), encrypt + ":27:7"),
                finding("privacy.retention-limit", Principle.PRIVACY_SECURITY, "retention", Outcome.FAIL,
                        Enforcement.SOFT_MANDATORY, Severity.MEDIUM, "Personal data is kept without a retention limit.",
                        "Set data.retentionDays to how long the data is needed.", "design.data.retentionDays is not set",
                        values("design.data.personal", true, "design.data.retentionDays", null),
                        "policies/privacy-security/retention-limit.yaml:18:7"),
                finding("reliability.human-oversight", Principle.RELIABILITY_SAFETY, "human-in-the-loop", Outcome.FAIL,
                        Enforcement.SOFT_MANDATORY, Severity.HIGH, "High-impact decisions need a person in the loop.",
                        "Route every decision that affects a claimant to an adjuster who confirms or corrects it "
                                + "before it takes effect, and record who confirmed it and when.", "",
                        values("design.decisionImpact", "high", "design.humanOversight.humanInTheLoop", false),
                        "policies/reliability-safety/human-oversight.yaml:15:7"),
                waived(),
                finding("transparency.disclose-ai", Principle.TRANSPARENCY, "sources-cited", Outcome.FAIL,
                        Enforcement.ADVISORY, Severity.LOW, "Generated answers do not cite their sources.",
                        "Show the documents an answer draws on.", "design.transparency.sourcesCited is false",
                        values("design.transparency.sourcesCited", false),
                        "policies/transparency/disclose-ai.yaml:30:7"),
                finding("fairness.subgroup-evaluation", Principle.FAIRNESS, "subgroups", Outcome.ERROR,
                        Enforcement.HARD_MANDATORY, Severity.CRITICAL, "no such key: subgroupEvaluation",
                        "Evaluate the model's quality for each affected group.", "design.fairness is a list, not a map",
                        Map.of(), "policies/fairness/subgroup-evaluation.yaml:14:7"),
                finding("fairness.subgroup-evaluation", Principle.FAIRNESS, "representative-data",
                        Outcome.NOT_APPLICABLE, Enforcement.HARD_MANDATORY, Severity.HIGH,
                        "Training data does not represent the affected groups.", "Collect representative data.",
                        "appliesTo design.decisionImpact == 'low' is false", Map.of(),
                        "policies/fairness/subgroup-evaluation.yaml:21:7"),
                finding("security.authentication", Principle.PRIVACY_SECURITY, "authenticated", Outcome.PASS,
                        Enforcement.HARD_MANDATORY, Severity.CRITICAL, "Endpoints accept anonymous callers.",
                        "Require authentication.", "", values("design.security.authentication", true),
                        "policies/privacy-security/authentication.yaml:12:7"));
        List<AttestationCheck> attestations = List.of(
                attestation("legal-review", "privacy.encrypt-personal-data", "policy",
                        "Has legal counsel reviewed this workload?", AttestationStatus.MISSING, null, null),
                attestation("dpia", "privacy.retention-limit", "policy",
                        "Is there a data protection impact assessment?", AttestationStatus.EVIDENCE_MISSING, true, null),
                attestation("threat-model", "security.authentication", "engineering",
                        "Has the threat model been reviewed by security engineering?", AttestationStatus.ANSWERED, true,
                        "https://wiki.example/claims/threat-model"),
                attestation("red-team", "security.authentication", "board",
                        "Has the workload been red-teamed for misuse?", AttestationStatus.DECLINED, false, null));
        return checked("policies/examples/claims-triage.yaml", "claims-triage", "claims", source,
                new Evaluation(COMMIT, RiskTier.HIGH, findings, attestations));
    }

    /** Passes with advice, in text that formats must escape; an advisory error; a Windows path with a space. */
    static CheckedDesign chatAssistant() {
        SourceMap source = new SourceMap("designs\\chat assistant.yaml", Map.of(
                "", Position.START,
                "metadata.name", new Position(4, 9),
                "spec", new Position(7, 3),
                "spec.extensions", new Position(21, 3)));
        List<Finding> findings = List.of(
                finding("inclusiveness.plain-language", Principle.INCLUSIVENESS, "readable", Outcome.FAIL,
                        Enforcement.ADVISORY, Severity.MEDIUM,
                        "Answers use \"jargon\" <b>& acronyms</b> — café ☕ 日本語\nSecond line.",
                        "Write at a reading level of 8 or below; test with a \"plain language\" tool.\tTabs,\u0001 "
                                + "control characters and \u001b[31mescapes\u001b[0m must not leak.",
                        "design.extensions['reading-level'] is not set",
                        values("design.extensions['reading-level']", null),
                        "policies/inclusiveness/plain-language.yaml:9:7"),
                finding("reliability.monitoring", Principle.RELIABILITY_SAFETY, "alerts", Outcome.ERROR,
                        Enforcement.ADVISORY, Severity.LOW, "division by zero", "", "",
                        values("meta.name", "chat-assistant"), "policies/reliability-safety/monitoring.yaml:11:7"),
                finding("security.input-inspection", Principle.PRIVACY_SECURITY, "inspect", Outcome.PASS,
                        Enforcement.SOFT_MANDATORY, Severity.HIGH, "Prompts are not inspected.",
                        "Inspect prompts for injection.", "", values("design.security.inputInspection", true),
                        "policies/privacy-security/input-inspection.yaml:10:7"));
        List<AttestationCheck> attestations = List.of(attestation("accessibility-review", "inclusiveness.plain-language",
                "research", "Has an accessibility specialist reviewed the answers?", AttestationStatus.ANSWERED, true,
                "https://wiki.example/chat/a11y?x=1&y=<2>"));
        return checked("designs\\chat assistant.yaml", "chat-assistant", "support & care", source,
                new Evaluation("worktree", RiskTier.LOW, findings, attestations));
    }

    /** Passes outright; built in code, so its source map has no positions. */
    static CheckedDesign batchForecast() {
        List<Finding> findings = List.of(
                finding("privacy.encrypt-personal-data", Principle.PRIVACY_SECURITY, "at-rest", Outcome.PASS,
                        Enforcement.HARD_MANDATORY, Severity.HIGH, "Personal data is not encrypted at rest.",
                        "Encrypt every store that holds personal data.", "",
                        values("design.data.encryption.atRest", true),
                        "policies/privacy-security/encrypt-personal-data.yaml:22:7"),
                finding("privacy.retention-limit", Principle.PRIVACY_SECURITY, "retention", Outcome.NOT_APPLICABLE,
                        Enforcement.SOFT_MANDATORY, Severity.MEDIUM, "Personal data is kept without a retention limit.",
                        "Set data.retentionDays.", "", Map.of(), ""));
        return checked("./designs/batch-forecast.yaml", "batch-forecast", "ops",
                SourceMap.none("./designs/batch-forecast.yaml"),
                new Evaluation(COMMIT, RiskTier.MEDIUM, findings, List.of()));
    }

    static Finding waived() {
        return new Finding("transparency.disclose-ai", "1.1.0", Principle.TRANSPARENCY, "disclosure", Outcome.WAIVED,
                Enforcement.SOFT_MANDATORY, Severity.MEDIUM, "Users are not told they are talking to an AI.",
                "Disclose the AI to every user before the first answer.", "design.transparency.disclosure is false",
                values("design.transparency.disclosure", false), "policies/transparency/disclose-ai.yaml:12:7",
                Optional.of(new Waiver("transparency.disclose-ai", "disclosure",
                        "Pilot with internal users only; disclosure ships in v2.", LocalDate.of(2026, 3, 31), "pat")));
    }

    static Finding finding(String policy, Principle principle, String rule, Outcome outcome, Enforcement enforcement,
                           Severity severity, String message, String remediation, String detail,
                           Map<String, Object> values, String location) {
        return new Finding(policy, "1.0.0", principle, rule, outcome, enforcement, severity, message, remediation,
                detail, values, location, Optional.empty());
    }

    /** An ordered map of paths to values, {@code null} for a value the design does not set. */
    static Map<String, Object> values(Object... pathsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            values.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return values;
    }

    static CheckedDesign checked(String file, String name, String team, SourceMap source, Evaluation evaluation) {
        DesignSpec spec = new DesignSpec("A sample workload.", List.of(Capability.TEXT_CLASSIFICATION), DecisionImpact.HIGH,
                List.of(), DesignParts.DataHandling.UNSET, DesignParts.HumanOversight.UNSET,
                DesignParts.Transparency.UNSET, DesignParts.Fairness.UNSET, DesignParts.Evaluation.UNSET,
                DesignParts.Security.UNSET, DesignParts.Operations.UNSET, Map.of(), Map.of());
        WorkloadDesign design = new WorkloadDesign(new DesignMetadata(name, team, Optional.empty()), spec, Map.of(),
                source);
        return new CheckedDesign(file, design, evaluation);
    }

    private static AttestationCheck attestation(String id, String policy, String stage, String question,
                                                AttestationStatus status, Boolean answer, String evidence) {
        return new AttestationCheck(id, policy, stage, question, EvidenceRequirement.REQUIRED, status,
                Optional.ofNullable(answer), Optional.ofNullable(evidence));
    }
}
