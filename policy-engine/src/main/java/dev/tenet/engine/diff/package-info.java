/**
 * What changed between two policy bundles: policies added, removed and changed down to each rule
 * and attestation ({@link dev.tenet.engine.diff.BundleDiff}), and the designs whose decision or
 * risk tier the change moves ({@link dev.tenet.engine.diff.DecisionChanges}). {@code tenet diff}
 * prints both through {@link dev.tenet.engine.diff.DiffReport}; the web application's drift and
 * impact views call the same API.
 */
package dev.tenet.engine.diff;
