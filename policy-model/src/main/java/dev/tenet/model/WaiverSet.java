package dev.tenet.model;

import java.util.List;
import java.util.Objects;

/**
 * A file of waivers granted to a design ({@code kind: Waivers}), given to a check so that engineers'
 * CI sees the same decision as the review.
 *
 * @param name    the set's name, usually the design's
 * @param waivers the waivers, in file order
 * @param source  the file it was read from
 */
public record WaiverSet(String name, List<Waiver> waivers, SourceMap source) implements Document {

    public WaiverSet {
        Objects.requireNonNull(name, "name");
        waivers = List.copyOf(waivers);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
        return Kind.WAIVERS;
    }
}
