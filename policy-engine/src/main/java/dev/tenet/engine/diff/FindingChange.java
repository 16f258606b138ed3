package dev.tenet.engine.diff;

import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule whose finding for a design differs between two bundles: a different outcome, a failure
 * under a different enforcement, or a failing rule that only one bundle has.
 *
 * @param key    the rule as {@code policy/rule}
 * @param before the finding under the older bundle; empty when it did not have the rule
 * @param after  the finding under the newer bundle; empty when it no longer has the rule
 */
public record FindingChange(String key, Optional<Finding> before, Optional<Finding> after) {

    public FindingChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a finding change needs a finding on at least one side: " + key);
        }
    }

    /** The outcome under the older bundle, if it had the rule. */
    public Optional<Outcome> outcomeBefore() {
        return before.map(Finding::outcome);
    }

    /** The outcome under the newer bundle, if it has the rule. */
    public Optional<Outcome> outcomeAfter() {
        return after.map(Finding::outcome);
    }

    /**
     * The findings that differ between two evaluations of one design in a way that can move a
     * decision: another outcome, a failure under another enforcement, or a failing rule only one
     * side has. In {@code after}'s order, then the rules only {@code before} has.
     */
    public static List<FindingChange> between(Evaluation before, Evaluation after) {
        Map<String, Finding> older = new LinkedHashMap<>();
        before.findings().forEach(finding -> older.put(finding.key(), finding));
        List<FindingChange> changes = new ArrayList<>();
        for (Finding finding : after.findings()) {
            of(finding.key(), Optional.ofNullable(older.remove(finding.key())), Optional.of(finding))
                    .ifPresent(changes::add);
        }
        older.forEach((key, finding) -> of(key, Optional.of(finding), Optional.empty()).ifPresent(changes::add));
        return changes;
    }

    /** The change, if the two findings differ in a way that can move a decision. */
    static Optional<FindingChange> of(String key, Optional<Finding> before, Optional<Finding> after) {
        if (before.isPresent() && after.isPresent()) {
            Finding older = before.get();
            Finding newer = after.get();
            boolean moved = older.outcome() != newer.outcome()
                    || (newer.outcome().isFailure() && older.enforcement() != newer.enforcement());
            return moved ? Optional.of(new FindingChange(key, before, after)) : Optional.empty();
        }
        boolean failing = before.or(() -> after).map(finding -> finding.outcome().isFailure()).orElse(false);
        return failing ? Optional.of(new FindingChange(key, before, after)) : Optional.empty();
    }
}
