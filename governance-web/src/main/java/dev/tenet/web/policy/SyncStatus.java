package dev.tenet.web.policy;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the application's policy library stands: what it follows, the commit it serves, when it
 * last looked, and what is wrong, if anything. Shown by {@code GET /api/v1/policies/sync} and the
 * {@code policies/sync :: status(sync)} fragment.
 *
 * @param repository the repository: a local folder, or the remote's URL without credentials
 * @param remote     whether the repository is a remote the application mirrors and fetches
 * @param branch     the branch whose head is followed
 * @param folder     the library's folder inside the repository
 * @param current    the commit whose bundle is current: what new submissions are evaluated at
 * @param checkedAt  when the application last read the branch's head (at start-up, or a sync)
 * @param brokenHead the branch's head when it does not load; empty while the head is the current commit
 * @param fetchError the last sync's failure to fetch or read the repository; empty when it succeeded
 */
public record SyncStatus(String repository, boolean remote, String branch, String folder, CommitSummary current,
                         Instant checkedAt, Optional<BrokenHead> brokenHead, Optional<FetchFailure> fetchError) {
}
