package dev.tenet.engine.library;

import dev.tenet.model.Attestation;
import dev.tenet.model.Governance;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.model.TestCase;
import dev.tenet.model.TestCase.DesignFile;
import dev.tenet.model.WorkloadDesign;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A policy library at one commit: every Policy, the Governance document, every PolicyTest and the
 * designs its tests read, checked across files. Immutable and safe to share between threads.
 *
 * <p>Build one with {@link LibraryLoader}; {@link #of} is for code that makes libraries itself.
 */
public final class PolicyLibrary {

    private final String commit;
    private final String folder;
    private final List<Policy> policies;
    private final Governance governance;
    private final List<PolicyTest> tests;
    private final Map<String, WorkloadDesign> examples;
    private final Map<String, Policy> policiesById = new HashMap<>();
    private final Map<String, Attestation> attestationsById = new HashMap<>();

    private PolicyLibrary(String commit, String folder, Collection<Policy> policies, Governance governance,
                          Collection<PolicyTest> tests, Collection<WorkloadDesign> examples) {
        this.commit = Objects.requireNonNull(commit, "commit");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.policies = policies.stream().sorted(Comparator.comparing(Policy::id)).toList();
        this.governance = Objects.requireNonNull(governance, "governance");
        this.tests = tests.stream().sorted(Comparator.comparing(test -> test.source().file())).toList();
        Map<String, WorkloadDesign> byPath = new TreeMap<>();
        examples.forEach(design -> byPath.put(design.source().file(), design));
        this.examples = Collections.unmodifiableMap(byPath);
        for (Policy policy : this.policies) {
            if (policiesById.put(policy.id(), policy) != null) {
                throw new IllegalArgumentException("duplicate policy id " + policy.id());
            }
            policy.attestations().forEach(attestation -> {
                if (attestationsById.put(attestation.id(), attestation) != null) {
                    throw new IllegalArgumentException("duplicate attestation id " + attestation.id());
                }
            });
        }
    }

    /**
     * A library from documents already read. Throws {@link IllegalArgumentException} when policy or
     * attestation ids repeat: {@link LibraryLoader} reports those as problems instead.
     *
     * @param commit     {@value LibrarySource#WORKTREE} or the full commit id
     * @param folder     the library folder as problems name it
     * @param examples   the designs in the folder, keyed by the file each was read from
     */
    public static PolicyLibrary of(String commit, String folder, Collection<Policy> policies, Governance governance,
                                   Collection<PolicyTest> tests, Collection<WorkloadDesign> examples) {
        return new PolicyLibrary(commit, folder, policies, governance, tests, examples);
    }

    /** {@value LibrarySource#WORKTREE}, or the full id of the commit the library was read at. */
    public String commit() {
        return commit;
    }

    /** The library folder as problems name it ({@code policies}). */
    public String folder() {
        return folder;
    }

    /** Every policy, sorted by id. */
    public List<Policy> policies() {
        return policies;
    }

    /** The review workflow. */
    public Governance governance() {
        return governance;
    }

    /** Every policy test, sorted by file; each knows its file through {@code source().file()}. */
    public List<PolicyTest> tests() {
        return tests;
    }

    /** Every design in the folder, by the file it was read from, sorted by file. */
    public Map<String, WorkloadDesign> examples() {
        return examples;
    }

    /** The policy with this id. */
    public Optional<Policy> policy(String id) {
        return Optional.ofNullable(policiesById.get(id));
    }

    /** The attestation with this id, from whichever policy asks it. */
    public Optional<Attestation> attestation(String id) {
        return Optional.ofNullable(attestationsById.get(id));
    }

    /**
     * The design a test case reads from a file, resolved against the test's own file inside this
     * library (so a commit's tests read that commit's designs). Empty for an inline design, or a
     * file the library does not have.
     */
    public Optional<WorkloadDesign> designFor(PolicyTest test, TestCase testCase) {
        if (testCase.design() instanceof DesignFile file) {
            return Optional.ofNullable(examples.get(LibraryPaths.resolveSibling(test.source().file(), file.path())));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "PolicyLibrary[" + folder + " at " + commit + ": " + policies.size() + " policies, " + tests.size()
                + " tests, " + examples.size() + " designs]";
    }
}
