package dev.tenet.web.catalog;

import java.io.Serial;
import java.util.Optional;

/** No policy with this id at the commit asked for: 404, with the closest id if one is a likely typo. */
final class PolicyNotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String closest;

    PolicyNotFoundException(String id, PolicyLibraries.Library library, Optional<String> closest) {
        super("no policy '" + id + "' at " + library.label() + closest.map(c -> " (did you mean '" + c + "'?)").orElse(""),
                null, false, false);
        this.id = id;
        this.closest = closest.orElse(null);
    }

    String id() {
        return id;
    }

    Optional<String> closest() {
        return Optional.ofNullable(closest);
    }
}
