package dev.tenet.model;

/**
 * A Tenet document: every file Tenet reads is one of these kinds, with {@code apiVersion},
 * {@code kind}, {@code metadata} and {@code spec}.
 */
public sealed interface Document permits Policy, WorkloadDesign, PolicyTest, Governance, WaiverSet {

    /** Which kind of document this is. */
    Kind kind();

    /** The file it was read from and where each of its values was written. */
    SourceMap source();
}
