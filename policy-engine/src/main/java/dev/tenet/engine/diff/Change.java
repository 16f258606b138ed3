package dev.tenet.engine.diff;

import java.util.List;
import java.util.Objects;

/**
 * How one part of a policy (a rule or an attestation) differs between two bundles: added, removed,
 * or modified with the fields that differ.
 *
 * @param <T> the part: {@link dev.tenet.model.Rule} or {@link dev.tenet.model.Attestation}
 */
public sealed interface Change<T> permits Change.Added, Change.Removed, Change.Modified {

    /** The part's id, unique within its policy. */
    String id();

    /** Only the newer bundle has the part. */
    record Added<T>(String id, T after) implements Change<T> {
        public Added {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(after, "after");
        }
    }

    /** Only the older bundle has the part. */
    record Removed<T>(String id, T before) implements Change<T> {
        public Removed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
        }
    }

    /** Both bundles have the part, and these fields differ (never none). */
    record Modified<T>(String id, T before, T after, List<FieldChange> fields) implements Change<T> {
        public Modified {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a modified part has at least one changed field: " + id);
            }
        }
    }
}
