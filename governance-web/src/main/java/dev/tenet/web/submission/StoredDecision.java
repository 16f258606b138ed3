package dev.tenet.web.submission;

import dev.tenet.model.evaluation.Evaluation;

/**
 * A stored design's current revision evaluated at some policy commit, with its waivers and the
 * answers reviewers recorded: what {@link StoredDesignEvaluator} gives for each design.
 *
 * @param designId   the design
 * @param team       its team
 * @param name       its name
 * @param owner      who owns it
 * @param state      where it stands in the workflow
 * @param revision   the revision evaluated
 * @param pinnedCommit the commit its review is pinned at, or empty before submission
 * @param evaluation the evaluation at the commit asked for
 */
public record StoredDecision(long designId, String team, String name, String owner, DesignState state, int revision,
                             String pinnedCommit, Evaluation evaluation) {

    /** {@code team/name}. */
    public String label() {
        return team + "/" + name;
    }
}
