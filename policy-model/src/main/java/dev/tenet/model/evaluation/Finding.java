package dev.tenet.model.evaluation;

import dev.tenet.model.Enforcement;
import dev.tenet.model.Principle;
import dev.tenet.model.Severity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule found for one design, with what a reviewer needs to see why.
 *
 * @param policy        the policy's id
 * @param policyVersion the policy's version at the evaluated commit
 * @param principle     the principle the policy serves
 * @param rule          the rule's id
 * @param outcome       pass, fail, not applicable, waived or error
 * @param enforcement   the policy's enforcement level
 * @param severity      the rule's severity
 * @param message       the rule's message; for an error, what went wrong
 * @param remediation   what to do about a failure
 * @param detail        why this outcome, in a sentence ("design.data.encryption.atRest is not set")
 * @param values        the design values the expression read, by path; a path the design does not set
 *                      maps to {@code null}
 * @param location      the rule in its policy file, {@code file:line:column}
 * @param waiver        the waiver that applied, for a waived finding
 */
public record Finding(String policy, String policyVersion, Principle principle, String rule, Outcome outcome,
                      Enforcement enforcement, Severity severity, String message, String remediation, String detail,
                      Map<String, Object> values, String location, Optional<dev.tenet.model.Waiver> waiver) {

    public Finding {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
        detail = detail == null ? "" : detail;
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        location = location == null ? "" : location;
        Objects.requireNonNull(waiver, "waiver");
    }

    /** {@code policy/rule}, how the CLI and tests name a rule. */
    public String key() {
        return policy + "/" + rule;
    }
}
