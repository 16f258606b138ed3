package dev.tenet.web.catalog;

import dev.tenet.engine.diff.BundleDiff;
import dev.tenet.engine.git.FileChange;
import dev.tenet.engine.library.PolicyLibrary;
import dev.tenet.model.Policy;
import dev.tenet.model.PolicyTest;
import dev.tenet.web.account.Actor;
import dev.tenet.web.catalog.PolicyDiff.ChangedFile;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import dev.tenet.web.policy.PolicyService;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two commits of the policy library: the policies (by id, through the engine's
 * {@link BundleDiff}), the files, and the decisions of the stored designs the person may see.
 */
@Service
class PolicyDiffs {

    private final PolicyService policies;
    private final DecisionImpacts impacts;
    private final RecentlyUsed<String, List<FileChange>> changedFiles = new RecentlyUsed<>(32);

    PolicyDiffs(PolicyService policies, DecisionImpacts impacts) {
        this.policies = policies;
        this.impacts = impacts;
    }

    /** Everything that differs from one library to the other, and the designs whose decision or tier would change. */
    PolicyDiff compare(Actor actor, Library from, Library to) {
        BundleDiff diff = BundleDiff.between(from.bundle(), to.bundle());
        Map<String, String> owners = policyOfFile(from.bundle().library());
        owners.putAll(policyOfFile(to.bundle().library()));
        List<ChangedFile> files = changedFiles(from, to).stream().map(change -> ChangedFile.of(change, owners)).toList();
        return PolicyDiff.of(from, to, diff, files, impacts.between(actor, from.bundle(), to.bundle(), Set.of()));
    }

    /** The files under the library folder that differ, by path; kept per pair of commits. */
    List<FileChange> changedFiles(Library from, Library to) {
        return changedFiles.get(from.commit() + ".." + to.commit(),
                key -> policies.read(repository -> repository.changedFiles(from.commit(), to.commit(), policies.folder())));
    }

    /** Which policy each policy file and test file belongs to. */
    private static Map<String, String> policyOfFile(PolicyLibrary library) {
        Map<String, String> owners = new HashMap<>();
        for (Policy policy : library.policies()) {
            owners.put(policy.source().file(), policy.id());
        }
        for (PolicyTest test : library.tests()) {
            test.policy().ifPresent(id -> owners.put(test.source().file(), id));
        }
        return owners;
    }
}
