package dev.tenet.model.evaluation;

import dev.tenet.model.RiskTier;

import java.util.List;
import java.util.Objects;

/**
 * A design evaluated against a policy bundle at one commit: its risk tier, one finding per rule of
 * every policy, and the checklist. The decision is derived from the findings.
 *
 * @param policyCommit the commit id of the bundle, or {@code worktree}
 * @param tier         the design's risk tier
 * @param findings     one per rule, ordered by policy id then rule order
 * @param attestations the attestations that apply, ordered by stage order then id
 */
public record Evaluation(String policyCommit, RiskTier tier, List<Finding> findings,
                         List<AttestationCheck> attestations) {

    public Evaluation {
        Objects.requireNonNull(policyCommit, "policyCommit");
        Objects.requireNonNull(tier, "tier");
        findings = List.copyOf(findings);
        attestations = List.copyOf(attestations);
    }

    /** The verdict over the findings. */
    public Decision decision() {
        return Decision.of(findings);
    }

    /** The findings with this outcome, in order. */
    public List<Finding> findings(Outcome outcome) {
        return findings.stream().filter(finding -> finding.outcome() == outcome).toList();
    }

    /** The attestations a stage checks that are not yet satisfied. */
    public List<AttestationCheck> openAttestations(String stage) {
        return attestations.stream()
                .filter(check -> check.stage().equals(stage) && !check.status().isSatisfied())
                .toList();
    }
}
