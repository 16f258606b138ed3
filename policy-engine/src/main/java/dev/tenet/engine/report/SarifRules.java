package dev.tenet.engine.report;

import dev.tenet.model.Enforcement;
import dev.tenet.model.Severity;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SARIF rule descriptors ({@code tool.driver.rules}): one per policy rule that appears in any
 * finding, in order of first appearance, so a result can name its rule by index.
 */
final class SarifRules {

    private final Map<String, Finding> byKey;
    private final List<String> keys;

    private SarifRules(Map<String, Finding> byKey) {
        this.byKey = byKey;
        this.keys = List.copyOf(byKey.keySet());
    }

    /**
     * The rules of these designs' findings. An error finding's message says what went wrong rather
     * than what the rule checks, so a rule is described from a finding that is not an error when any
     * design has one.
     */
    static SarifRules of(List<CheckedDesign> designs) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (CheckedDesign checked : designs) {
            for (Finding finding : checked.evaluation().findings()) {
                Finding known = byKey.get(finding.key());
                if (known == null || (known.outcome() == Outcome.ERROR && finding.outcome() != Outcome.ERROR)) {
                    byKey.put(finding.key(), finding);
                }
            }
        }
        return new SarifRules(byKey);
    }

    /** The index of a rule in {@link #descriptors()}. */
    int index(String key) {
        return keys.indexOf(key);
    }

    /** SARIF's level for a failure at this enforcement: blocking is an error, a waivable one a warning. */
    static String level(Enforcement enforcement) {
        return switch (enforcement) {
            case HARD_MANDATORY -> "error";
            case SOFT_MANDATORY -> "warning";
            case ADVISORY -> "note";
        };
    }

    /** GitHub code scanning's {@code security-severity}: its low, medium, high and critical bands. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case LOW -> "3.0";
            case MEDIUM -> "5.5";
            case HIGH -> "8.0";
            case CRITICAL -> "9.5";
        };
    }

    List<Map<String, Object>> descriptors() {
        List<Map<String, Object>> descriptors = new ArrayList<>();
        byKey.values().forEach(finding -> descriptors.add(descriptor(finding)));
        return descriptors;
    }

    private static Map<String, Object> descriptor(Finding finding) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", finding.key());
        rule.put("name", finding.key());
        rule.put("shortDescription", Map.of("text", finding.message()));
        rule.put("fullDescription", Map.of("text", Explanation.sentences(finding.message(), about(finding, ""))));
        rule.put("help", help(finding));
        rule.put("defaultConfiguration", Map.of("level", level(finding.enforcement())));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tags", List.of(finding.principle().id(), finding.enforcement().id()));
        properties.put("security-severity", securitySeverity(finding.severity()));
        rule.put("properties", properties);
        return rule;
    }

    private static Map<String, Object> help(Finding finding) {
        Map<String, Object> help = new LinkedHashMap<>();
        String text = finding.remediation().isBlank() ? finding.message() : finding.remediation();
        help.put("text", text);
        help.put("markdown", "**Fix:** " + text + "\n\n" + about(finding, "`"));
        return help;
    }

    // "Policy privacy.encrypt 1.0.0 (privacy-security), rule at-rest: hard-mandatory, severity high."
    private static String about(Finding finding, String quote) {
        return "Policy " + quote + finding.policy() + quote + " " + finding.policyVersion() + " ("
                + finding.principle().id() + "), rule " + quote + finding.rule() + quote + ": "
                + finding.enforcement().id() + ", severity " + finding.severity().id() + ".";
    }
}
