package dev.tenet.engine.report;

import dev.tenet.model.Waiver;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code tenet check --format sarif}: a SARIF 2.1.0 log with one run, for GitHub code scanning and
 * other SARIF viewers.
 *
 * <p>The run's rules are the policy rules of every finding ({@code policy-id/rule-id}). Each
 * failure, error and waived failure is a result; a waived one carries an external, accepted
 * suppression with the waiver's justification. Passing and not-applicable rules are not results.
 * A result points at the design field its rule read (see {@link DesignField}): the first value the
 * design does not set or that is {@code false}; a rule that read nothing points at {@code spec}.
 * The rule's own place in its policy file is a related location. Partial fingerprints hash the
 * design's team and name with the rule, so code scanning tracks an alert across runs while lines move.
 */
public final class SarifReport implements Report {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "tenet/v1";

    private final String toolVersion;

    /** @param toolVersion the version of tenet that checked the designs */
    public SarifReport(String toolVersion) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
    }

    @Override
    public String render(List<CheckedDesign> designs) {
        SarifRules rules = SarifRules.of(designs);
        List<Map<String, Object>> results = new ArrayList<>();
        for (CheckedDesign checked : designs) {
            for (Finding finding : checked.evaluation().findings()) {
                if (finding.outcome().isFailure() || finding.outcome() == Outcome.WAIVED) {
                    results.add(result(checked, finding, rules));
                }
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver(rules)));
        run.put("invocations", List.of(Map.of("executionSuccessful", true)));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return Json.pretty(log);
    }

    private Map<String, Object> driver(SarifRules rules) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "tenet");
        driver.put("informationUri", "https://tenet.dev");
        driver.put("version", toolVersion);
        driver.put("rules", rules.descriptors());
        return driver;
    }

    private static Map<String, Object> result(CheckedDesign checked, Finding finding, SarifRules rules) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", finding.key());
        result.put("ruleIndex", rules.index(finding.key()));
        result.put("level", SarifRules.level(finding.enforcement()));
        result.put("message", Map.of("text", message(finding)));
        DesignField field = DesignField.of(checked.design(), finding);
        result.put("locations", List.of(SarifLocations.physical(checked.file(), field.position())));
        SarifLocations.parse(finding.location()).ifPresent(rule -> result.put("relatedLocations",
                List.of(related(rule, "rule " + finding.key()))));
        result.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(checked, finding)));
        finding.waiver().filter(waiver -> finding.outcome() == Outcome.WAIVED)
                .ifPresent(waiver -> result.put("suppressions", List.of(suppression(waiver))));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("design", checked.design().team() + "/" + checked.design().name());
        properties.put("outcome", finding.outcome().name());
        properties.put("field", field.path());
        properties.put("policyCommit", checked.evaluation().policyCommit());
        result.put("properties", properties);
        return result;
    }

    // An error's message says what went wrong, and the design's author has nothing to fix.
    private static String message(Finding finding) {
        if (finding.outcome() == Outcome.ERROR) {
            return Explanation.sentences("Could not evaluate the rule: " + finding.message(), finding.detail());
        }
        return Explanation.paragraph(finding);
    }

    private static Map<String, Object> related(Map<String, Object> physical, String text) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", 1);
        location.putAll(physical);
        location.put("message", Map.of("text", text));
        return location;
    }

    private static Map<String, Object> suppression(Waiver waiver) {
        Map<String, Object> suppression = new LinkedHashMap<>();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", waiver.justification());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("expires", waiver.expires().toString());
        properties.put("approver", waiver.approver());
        suppression.put("properties", properties);
        return suppression;
    }

    static String fingerprint(CheckedDesign checked, Finding finding) {
        String identity = checked.design().team() + "/" + checked.design().name() + "\n" + finding.key();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
