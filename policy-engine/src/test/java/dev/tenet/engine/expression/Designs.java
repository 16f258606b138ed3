package dev.tenet.engine.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Design trees for the tests, shaped as the YAML reader gives them: nested maps, lists and scalars. */
final class Designs {

    private Designs() {
    }

    /** The claims-triage example of DESIGN.md: every section set. */
    static Map<String, Object> claimsTriage() {
        Map<String, Object> spec = map(
                "description", "Routes incoming insurance claims into urgent and non-urgent queues.",
                "capabilities", list("text-classification"),
                "decisionImpact", "high",
                "affectedStakeholders", list("claimants", "adjusters"),
                "data", map("personal", true, "sensitiveCategories", list("health"), "consent", "explicit",
                        "retentionDays", 365L, "encryption", map("atRest", true, "inTransit", true),
                        "anonymization", true, "rightToBeForgotten", true, "optOut", true),
                "humanOversight", map("humanInTheLoop", true, "confirmBeforeAction", true, "correctionPath", true),
                "transparency", map("disclosure", true, "confidenceShown", true, "explanations", true,
                        "sourcesCited", false, "decisionLog", true),
                "fairness", map("subgroupEvaluation", true, "representativeData", true),
                "evaluation", map("realWorldTesting", true, "confidenceThreshold", 0.8, "harmsMeasured", true),
                "security", map("authentication", true, "rbac", true, "anonymousEndpoints", false,
                        "inputInspection", true, "outputModeration", true, "threatModel", true, "redTeaming", true),
                "operations", map("monitoring", true, "feedbackChannel", "https://feedback.example/claims",
                        "incidentResponse", true, "rollbackPlan", true),
                "attestations", map("legal-review", map("answer", true, "evidence", "https://wiki.example/claims/legal")),
                "extensions", map("costCenter", "cc-1234", "review", map("tier", 2L)));
        return spec;
    }

    static Map<String, Object> claimsTriageMeta() {
        return map("name", "claims-triage", "team", "claims", "owner", "erin");
    }

    /** The claims-triage design without the value at {@code path} (dotted keys under the spec). */
    static Map<String, Object> claimsTriageWithout(String path) {
        Map<String, Object> spec = claimsTriage();
        String[] keys = path.split("\\.");
        Map<String, Object> at = spec;
        for (int i = 0; i < keys.length - 1; i++) {
            at = mapAt(at, keys[i]);
        }
        at.remove(keys[keys.length - 1]);
        return spec;
    }

    /** The claims-triage design with {@code value} at {@code path}. */
    static Map<String, Object> claimsTriageWith(String path, Object value) {
        Map<String, Object> spec = claimsTriage();
        String[] keys = path.split("\\.");
        Map<String, Object> at = spec;
        for (int i = 0; i < keys.length - 1; i++) {
            at = mapAt(at, keys[i]);
        }
        at.put(keys[keys.length - 1], value);
        return spec;
    }

    static DesignContext context(Map<String, Object> spec) {
        return DesignContext.of(spec, claimsTriageMeta());
    }

    static DesignContext claimsTriageContext() {
        return context(claimsTriage());
    }

    /** A mutable map from alternating keys and values; values may be null. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapAt(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }
}
