package dev.tenet.web.catalog;

import dev.tenet.engine.diff.BundleDiff;
import dev.tenet.engine.diff.Change;
import dev.tenet.engine.diff.FieldChange;
import dev.tenet.engine.diff.PolicyChange;
import dev.tenet.engine.git.FileChange;
import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.web.catalog.DecisionImpacts.Impact;
import dev.tenet.web.catalog.PolicyDetail.AttestationView;
import dev.tenet.web.catalog.PolicyDetail.RuleView;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What changed from one commit of the policy library to another, as
 * {@code GET /api/v1/policies/diff} answers: policies added, removed and changed (by id, with the
 * rules, attestations and fields that differ, as {@code tenet diff} reports them), the files that
 * differ, and the stored designs whose decision or risk tier would change.
 *
 * @param designs the designs the caller may see whose decision or tier differs, with how many were checked
 */
@Schema(name = "PolicyDiff")
record PolicyDiff(Side from, Side to, List<PolicySummary> added, List<PolicySummary> removed,
                  List<ChangedPolicy> changed, List<ChangedFile> files, Impact designs) {

    PolicyDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        files = List.copyOf(files);
    }

    static PolicyDiff of(Library from, Library to, BundleDiff diff, List<ChangedFile> files, Impact designs) {
        return new PolicyDiff(Side.of(from), Side.of(to), diff.added().stream().map(PolicySummary::of).toList(),
                diff.removed().stream().map(PolicySummary::of).toList(),
                diff.changed().stream().map(ChangedPolicy::of).toList(), files, designs.changesOnly());
    }

    /** Whether nothing differs in the library. */
    public boolean nothingChanged() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && files.isEmpty();
    }

    /** One end of the comparison: the ref as asked and its commit. */
    @Schema(name = "DiffSide")
    record Side(String ref, String commit) {

        static Side of(Library library) {
            return new Side(library.ref(), library.commit());
        }

        public String shortCommit() {
            return PolicyLibraries.abbreviate(commit);
        }

        /** {@code main (1a2b3c4)}, or just the short id when the ref is a commit id. */
        public String label() {
            return PolicyLibraries.label(ref, commit);
        }
    }

    /**
     * A policy both commits have, and what differs in it.
     *
     * @param file         its file at the newer commit
     * @param fields       the policy's own fields that differ (title, appliesTo, enforcement, ...)
     * @param rules        rules added, removed or modified
     * @param attestations attestations added, removed or modified
     */
    @Schema(name = "ChangedPolicy")
    record ChangedPolicy(String id, String title, String file, String versionBefore, String versionAfter,
                         List<FieldChange> fields, List<PartChange<RuleView>> rules,
                         List<PartChange<AttestationView>> attestations) {

        ChangedPolicy {
            fields = List.copyOf(fields);
            rules = List.copyOf(rules);
            attestations = List.copyOf(attestations);
        }

        static ChangedPolicy of(PolicyChange change) {
            Policy before = change.before();
            Policy after = change.after();
            return new ChangedPolicy(change.id(), after.metadata().title(), after.source().file(),
                    change.versionBefore().toString(), change.versionAfter().toString(), change.metadata(),
                    change.rules().stream().map(rule -> PartChange.<Rule, RuleView>of(rule, r -> RuleView.of(before, r),
                            r -> RuleView.of(after, r))).toList(),
                    change.attestations().stream().map(a -> PartChange.<Attestation, AttestationView>of(a,
                            AttestationView::of, AttestationView::of)).toList());
        }

        /** Whether the version went up, as it must when the content changes. */
        public boolean versionBumped() {
            return !versionBefore.equals(versionAfter);
        }
    }

    /**
     * A rule or attestation added, removed or modified.
     *
     * @param change {@code added}, {@code removed} or {@code modified}
     * @param before the part at the older commit, or {@code null} when added
     * @param after  the part at the newer commit, or {@code null} when removed
     * @param fields for a modified part, the fields that differ
     */
    @Schema(name = "PartChange")
    record PartChange<T>(String id, String change, T before, T after, List<FieldChange> fields) {

        PartChange {
            fields = List.copyOf(fields);
        }

        /** The change, each side shown as its own commit's policy gives it. */
        static <P, T> PartChange<T> of(Change<P> change, Function<P, T> before, Function<P, T> after) {
            if (change instanceof Change.Added<P> added) {
                return new PartChange<>(added.id(), "added", null, after.apply(added.after()), List.of());
            }
            if (change instanceof Change.Removed<P> removed) {
                return new PartChange<>(removed.id(), "removed", before.apply(removed.before()), null, List.of());
            }
            Change.Modified<P> modified = (Change.Modified<P>) change;
            return new PartChange<>(modified.id(), "modified", before.apply(modified.before()),
                    after.apply(modified.after()), modified.fields());
        }
    }

    /**
     * A file of the library folder that differs.
     *
     * @param change {@code ADDED}, {@code REMOVED} or {@code MODIFIED}
     * @param policy the policy whose file or test file it is, or {@code null}
     */
    @Schema(name = "ChangedFile")
    record ChangedFile(String path, String change, String policy) {

        static ChangedFile of(FileChange change, Map<String, String> policyOfFile) {
            return new ChangedFile(change.path(), change.change().name(), policyOfFile.get(change.path()));
        }
    }
}
