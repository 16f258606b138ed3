package dev.tenet.engine.diff;

import dev.tenet.engine.report.Json;

/**
 * {@code tenet diff}'s output: text that reads like a pull request's summary, or JSON for tools.
 * Deterministic: the same diff gives the same bytes.
 */
public final class DiffReport {

    private DiffReport() {
    }

    /** The policy changes as text. */
    public static String text(BundleDiff diff) {
        return DiffText.policies(diff);
    }

    /** The policy changes, then the designs whose decision or tier changes, as text. */
    public static String text(BundleDiff diff, DecisionChanges designs) {
        return DiffText.policies(diff) + "\n" + DiffText.designs(designs);
    }

    /** The policy changes as JSON. */
    public static String json(BundleDiff diff) {
        return Json.pretty(DiffJson.diff(diff));
    }

    /** The policy changes and the designs whose decision or tier changes, as JSON (under {@code designs}). */
    public static String json(BundleDiff diff, DecisionChanges designs) {
        var tree = DiffJson.diff(diff);
        tree.put("designs", DiffJson.designs(designs));
        return Json.pretty(tree);
    }
}
