package dev.tenet.engine.diff;

import dev.tenet.model.RiskTier;
import dev.tenet.model.WorkloadDesign;
import dev.tenet.model.evaluation.Decision;
import dev.tenet.model.evaluation.Evaluation;

import java.util.List;
import java.util.Objects;

/**
 * A design evaluated against two bundles, with the findings that differ. Decisions and tiers are
 * read from the two evaluations, never stored beside them.
 *
 * @param design   the design's name
 * @param team     the design's team
 * @param file     the file the design was read from
 * @param before   its evaluation against the older bundle
 * @param after    its evaluation against the newer bundle
 * @param findings the findings that differ, in the newer evaluation's order, rules that went away last
 */
public record DecisionChange(String design, String team, String file, Evaluation before, Evaluation after,
                             List<FindingChange> findings) {

    public DecisionChange {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        findings = List.copyOf(findings);
    }

    /** Compares a design's evaluations against an older and a newer bundle. */
    public static DecisionChange of(WorkloadDesign design, Evaluation before, Evaluation after) {
        return new DecisionChange(design.name(), design.team(), design.source().file(), before, after,
                FindingChange.between(before, after));
    }

    /** The decision under the older bundle. */
    public Decision decisionBefore() {
        return before.decision();
    }

    /** The decision under the newer bundle. */
    public Decision decisionAfter() {
        return after.decision();
    }

    /** The risk tier under the older bundle. */
    public RiskTier tierBefore() {
        return before.tier();
    }

    /** The risk tier under the newer bundle. */
    public RiskTier tierAfter() {
        return after.tier();
    }

    /** Whether the decision or the tier differs. */
    public boolean isChange() {
        return decisionBefore() != decisionAfter() || tierBefore() != tierAfter();
    }

    /** Whether the newer bundle gives a worse decision: an approved design would need review again. */
    public boolean isWorse() {
        return decisionAfter().isWorseThan(decisionBefore());
    }
}
