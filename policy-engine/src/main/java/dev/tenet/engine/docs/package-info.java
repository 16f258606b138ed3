/**
 * Documents generated from a policy library: {@link dev.tenet.engine.docs.ReferenceDocument}, the
 * Markdown reference of every policy, its rules and attestations, and which sources and review
 * stages they trace to. Output is deterministic, so it can be committed and diffed.
 */
package dev.tenet.engine.docs;
