package dev.tenet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A design's name and team (together unique) and its owner.
 *
 * @param name  a slug, unique within the team
 * @param team  the team that owns the workload
 * @param owner the person answerable for it; the server fills it in from the signed-in user
 */
public record DesignMetadata(String name, String team, Optional<String> owner) {

    public DesignMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(owner, "owner");
    }
}
