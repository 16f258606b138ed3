package dev.tenet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a policy is, what it is about and where it comes from.
 *
 * @param id          unique, lowercase and dotted; the last segment is the file name
 * @param title       a one-line summary
 * @param version     bumped on every change to the policy
 * @param owner       the team answerable for it
 * @param principle   the Responsible-AI principle it serves
 * @param lifecycle   the generative-AI stage it belongs to, for policies that encode that guidance
 * @param description why the policy exists, or the empty string
 * @param references  the sources it encodes, by title and section
 */
public record PolicyMetadata(String id, String title, SemVer version, String owner, Principle principle,
                             Optional<Lifecycle> lifecycle, String description, List<Reference> references) {

    public PolicyMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(lifecycle, "lifecycle");
        description = description == null ? "" : description;
        references = List.copyOf(references);
    }
}
