package dev.tenet.web.catalog;

import java.io.Serial;
import java.util.List;

/** A branch, tag or commit the policy repository does not have: 404, with the close names it does have. */
final class UnknownRefException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String ref;
    private final transient List<String> closeNames;

    UnknownRefException(String ref, List<String> closeNames) {
        super("no branch, tag or commit '" + ref + "' in the policy repository"
                + (closeNames.isEmpty() ? "" : " (did you mean '" + closeNames.get(0) + "'?)"), null, false, false);
        this.ref = ref;
        this.closeNames = List.copyOf(closeNames);
    }

    /** The ref as written. */
    String ref() {
        return ref;
    }

    /** Branch and tag names close to it, closest first. */
    List<String> closeNames() {
        return closeNames;
    }
}
