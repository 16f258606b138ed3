package dev.tenet.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Permission for a design to fail one soft-mandatory rule until a date, granted by the policy stage.
 * An expired waiver never applies, and no waiver applies to a hard-mandatory rule.
 *
 * @param policy        the policy's id
 * @param rule          the rule's id within it
 * @param justification why the failure is acceptable for now
 * @param expires       the last day the waiver applies
 * @param approver      who granted it, or the empty string when not recorded
 */
public record Waiver(String policy, String rule, String justification, LocalDate expires, String approver) {

    public Waiver {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(expires, "expires");
        approver = approver == null ? "" : approver;
    }

    /** Whether the waiver still applies on this day (it applies through its expiry date). */
    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expires);
    }

    /** Whether it waives this policy's rule. */
    public boolean covers(String policyId, String ruleId) {
        return policy.equals(policyId) && rule.equals(ruleId);
    }
}
