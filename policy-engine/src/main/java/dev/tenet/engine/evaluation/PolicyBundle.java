package dev.tenet.engine.evaluation;

import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Governance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy library at one commit with every expression compiled: what designs are evaluated
 * against. Immutable and safe to share between threads; build one with {@link BundleLoader}.
 */
public final class PolicyBundle {

    private final PolicyLibrary library;
    private final List<CompiledPolicy> policies;
    private final List<CompiledTier> tiers;

    PolicyBundle(PolicyLibrary library, List<CompiledPolicy> policies, List<CompiledTier> tiers) {
        this.library = Objects.requireNonNull(library, "library");
        this.policies = List.copyOf(policies);
        this.tiers = List.copyOf(tiers);
    }

    /** {@code worktree}, or the full id of the commit the bundle was read at. */
    public String commit() {
        return library.commit();
    }

    /** The documents the bundle was compiled from. */
    public PolicyLibrary library() {
        return library;
    }

    /** The compiled policies, sorted by id. */
    public List<CompiledPolicy> policies() {
        return policies;
    }

    /** The compiled risk-tier lines, in order: the first that holds wins. */
    public List<CompiledTier> tiers() {
        return tiers;
    }

    /** The review workflow. */
    public Governance governance() {
        return library.governance();
    }

    /** The compiled policy with this id. */
    public Optional<CompiledPolicy> policy(String id) {
        return policies.stream().filter(policy -> policy.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "PolicyBundle[" + policies.size() + " policies at " + commit() + "]";
    }
}
