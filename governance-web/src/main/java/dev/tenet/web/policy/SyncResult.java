package dev.tenet.web.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one sync did: the answer of {@code POST /api/v1/policies/sync}.
 *
 * @param previous   the commit that was current before
 * @param current    the commit that is current now
 * @param moved      whether the current commit changed
 * @param checkedAt  when the sync ran
 * @param fetched    the remote's refs that the fetch changed ({@code refs/heads/main: abc1234..def5678 (FAST_FORWARD)});
 *                   empty for a local repository or when nothing changed
 * @param brokenHead the branch's head, when it does not load and was refused
 * @param fetchError why fetching or reading the repository failed, when it did
 */
public record SyncResult(String previous, String current, boolean moved, Instant checkedAt, List<String> fetched,
                         Optional<BrokenHead> brokenHead, Optional<FetchFailure> fetchError) {

    public SyncResult {
        fetched = List.copyOf(fetched);
    }
}
