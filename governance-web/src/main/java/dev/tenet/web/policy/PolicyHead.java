package dev.tenet.web.policy;

import dev.tenet.engine.evaluation.PolicyBundle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the application follows, as one snapshot that a sync replaces whole: the current bundle,
 * when the branch was last read, and what was wrong then. Readers never see the bundle of one
 * sync with the broken head of another.
 *
 * @param bundle       the current bundle: the last commit of the branch that loaded
 * @param current      that commit, as the status shows it
 * @param checkedAt    when the branch's head was last read
 * @param broken       the branch's head, when it does not load
 * @param fetchFailure why the last fetch or read failed, when it did
 */
record PolicyHead(PolicyBundle bundle, CommitSummary current, Instant checkedAt, Optional<BrokenHead> broken,
                  Optional<FetchFailure> fetchFailure) {

    PolicyHead {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(broken, "broken");
        Objects.requireNonNull(fetchFailure, "fetchFailure");
    }

    /** The current commit's id. */
    String commit() {
        return bundle.commit();
    }

    /** The same bundle, read again at {@code at}: with what was found wrong then. */
    PolicyHead checked(Instant at, Optional<BrokenHead> brokenNow, Optional<FetchFailure> failureNow) {
        return new PolicyHead(bundle, current, at, brokenNow, failureNow);
    }
}
