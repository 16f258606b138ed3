package dev.tenet.engine.diff;

import dev.tenet.model.Attestation;
import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.model.SemVer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A policy both bundles have, and how it differs: its version, its own fields, its rules and its
 * attestations. Parts are listed in the newer file's order, removed ones after.
 *
 * @param before       the policy in the older bundle
 * @param after        the policy in the newer bundle
 * @param metadata     the policy's own fields that differ (title, appliesTo, enforcement, severity, ...)
 * @param rules        rules added, removed or modified
 * @param attestations attestations added, removed or modified
 */
public record PolicyChange(Policy before, Policy after, List<FieldChange> metadata, List<Change<Rule>> rules,
                           List<Change<Attestation>> attestations) {

    public PolicyChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        metadata = List.copyOf(metadata);
        rules = List.copyOf(rules);
        attestations = List.copyOf(attestations);
    }

    /** How two versions of a policy differ; the result may have no changes at all (see {@link #isEmpty()}). */
    public static PolicyChange between(Policy before, Policy after) {
        return new PolicyChange(before, after, PolicyFields.metadata(before, after),
                parts(before.rules(), after.rules(), Rule::id, (older, newer) -> PolicyFields.rule(before, older, after, newer)),
                parts(before.attestations(), after.attestations(), Attestation::id, PolicyFields::attestation));
    }

    /** The policy's id. */
    public String id() {
        return after.id();
    }

    /** The version in the older bundle. */
    public SemVer versionBefore() {
        return before.metadata().version();
    }

    /** The version in the newer bundle. */
    public SemVer versionAfter() {
        return after.metadata().version();
    }

    /** Whether what the policy says changed: any field, rule or attestation, whitespace aside. */
    public boolean contentChanged() {
        return !metadata.isEmpty() || !rules.isEmpty() || !attestations.isEmpty();
    }

    /** Whether the newer version is greater than the older one, as semver orders them. */
    public boolean versionIncreased() {
        return versionAfter().compareTo(versionBefore()) > 0;
    }

    /** Whether neither the content nor the version changed. */
    public boolean isEmpty() {
        return !contentChanged() && versionAfter().equals(versionBefore());
    }

    private static <T> List<Change<T>> parts(List<T> before, List<T> after, Function<T, String> id,
                                             BiFunction<T, T, List<FieldChange>> fields) {
        Map<String, T> older = new LinkedHashMap<>();
        before.forEach(part -> older.putIfAbsent(id.apply(part), part));
        List<Change<T>> changes = new ArrayList<>();
        for (T part : after) {
            String key = id.apply(part);
            Optional<T> previous = Optional.ofNullable(older.remove(key));
            if (previous.isEmpty()) {
                changes.add(new Change.Added<>(key, part));
            } else {
                List<FieldChange> differences = fields.apply(previous.get(), part);
                if (!differences.isEmpty()) {
                    changes.add(new Change.Modified<>(key, previous.get(), part, differences));
                }
            }
        }
        older.forEach((key, part) -> changes.add(new Change.Removed<>(key, part)));
        return changes;
    }
}
