package dev.tenet.web.submission;

/** What a reviewer decides at a stage. */
public enum Verdict {
    /** The stage's checks hold; counts towards the stage's quorum. */
    APPROVE,
    /** The design must change: it goes back to its owner. */
    REQUEST_CHANGES,
    /** The design must not go ahead. */
    REJECT
}
