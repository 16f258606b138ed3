package dev.tenet.engine.diff;

import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two policy libraries, by policy id (a policy that moved to another file is
 * the same policy): added, removed and changed policies, each list sorted by id.
 *
 * @param fromCommit the older bundle's commit ({@code worktree} for a working tree)
 * @param toCommit   the newer bundle's commit
 * @param added      policies only the newer bundle has
 * @param removed    policies only the older bundle has
 * @param changed    policies both have, whose content or version differs
 */
public record BundleDiff(String fromCommit, String toCommit, List<Policy> added, List<Policy> removed,
                         List<PolicyChange> changed) {

    public BundleDiff {
        Objects.requireNonNull(fromCommit, "fromCommit");
        Objects.requireNonNull(toCommit, "toCommit");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** The policy changes from one bundle to another. */
    public static BundleDiff between(PolicyBundle from, PolicyBundle to) {
        return between(from.library(), to.library());
    }

    /** The policy changes from one library to another. */
    public static BundleDiff between(PolicyLibrary from, PolicyLibrary to) {
        List<Policy> added = new ArrayList<>();
        List<Policy> removed = new ArrayList<>();
        List<PolicyChange> changed = new ArrayList<>();
        for (Policy policy : to.policies()) {
            from.policy(policy.id()).ifPresentOrElse(
                    previous -> {
                        PolicyChange change = PolicyChange.between(previous, policy);
                        if (!change.isEmpty()) {
                            changed.add(change);
                        }
                    },
                    () -> added.add(policy));
        }
        from.policies().stream().filter(policy -> to.policy(policy.id()).isEmpty()).forEach(removed::add);
        return new BundleDiff(from.commit(), to.commit(), added, removed, changed);
    }

    /** Whether no policy was added, removed or changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
