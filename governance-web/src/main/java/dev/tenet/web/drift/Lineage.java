package dev.tenet.web.drift;

import dev.tenet.engine.git.Commit;
import dev.tenet.web.policy.PolicyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the commits designs are pinned at stand against the commit one drift check runs at: a
 * design approved at a commit that <em>descends</em> from the check's (a newer library: the check
 * runs at a stale head, on a lagging instance or still busy after the head moved again) was judged
 * at policies the check's commit does not have yet, and must never be sent "backwards" to
 * re-review by it.
 *
 * <p>Exact, from the repository's history: the commits reachable from the check's commit are read
 * once (at most {@link #LIMIT}); a pinned commit among them is older. For any other pinned commit,
 * the history reachable from it is read once per check: it is newer exactly when the check's commit
 * is in it. Only when a history is longer than {@link #LIMIT} and the check's commit is not within
 * its first {@code LIMIT} commits does the commit time decide (newer when committed later). A
 * pinned commit the repository does not know is not treated as newer: such a design is checked as
 * before. One instance per check: nothing is shared between checks.
 */
final class Lineage {

    private static final Logger LOG = LoggerFactory.getLogger(Lineage.class);
    /** The most commits of one history read. */
    static final int LIMIT = 10_000;

    private final PolicyService policies;
    private final String commit;
    private Set<String> ancestors;
    private Commit checkCommit;
    private final Map<String, Boolean> newer = new HashMap<>();

    Lineage(PolicyService policies, String commit) {
        this.policies = policies;
        this.commit = commit;
    }

    /** Whether {@code pinned} descends from the check's commit: a newer library than the one checked at. */
    boolean isNewer(String pinned) {
        if (pinned == null || pinned.isEmpty() || pinned.equals(commit)) {
            return false;
        }
        return newer.computeIfAbsent(pinned, this::descends);
    }

    private boolean descends(String pinned) {
        if (ancestors().contains(pinned)) {
            return false;
        }
        try {
            List<Commit> history = policies.read(repository -> repository.history(pinned, "", LIMIT));
            if (history.stream().anyMatch(c -> c.id().equals(commit))) {
                return true;
            }
            if (history.size() < LIMIT) {
                return false; // another line of history, not a newer one
            }
            return !history.isEmpty() && history.get(0).time().isAfter(checkCommit.time());
        } catch (RuntimeException unknown) {
            LOG.warn("cannot read the history of policy commit {}: designs pinned there are checked at {} as before",
                    pinned, commit, unknown);
            return false;
        }
    }

    private Set<String> ancestors() {
        if (ancestors == null) {
            List<Commit> history = policies.read(repository -> repository.history(commit, "", LIMIT));
            ancestors = new HashSet<>();
            history.forEach(c -> ancestors.add(c.id()));
            checkCommit = history.isEmpty() ? policies.read(repository -> repository.commit(commit)) : history.get(0);
        }
        return ancestors;
    }
}
