package dev.tenet.web.policy;

import dev.tenet.engine.git.Commit;

import java.time.Instant;

/**
 * A commit of the policy repository as the sync status shows it.
 *
 * @param id      the full commit id
 * @param shortId its abbreviation
 * @param author  who wrote the change
 * @param time    when the author made it
 * @param message the first line of its message
 */
public record CommitSummary(String id, String shortId, String author, Instant time, String message) {

    static CommitSummary of(Commit commit) {
        return new CommitSummary(commit.id(), commit.shortId(), commit.authorName(), commit.time(),
                commit.shortMessage());
    }
}
