package dev.tenet.web.catalog;

import dev.tenet.web.catalog.PolicyLibraries.Library;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;

/**
 * Where a catalog page reads the library, as its template needs it.
 *
 * @param param   the ref to keep in the page's links, or {@code null} at the current commit
 * @param label   the ref and its short commit, {@code proposal (1a2b3c4)}
 * @param current whether it is the commit new submissions are evaluated at
 */
record At(String param, String label, String commit, String shortCommit, boolean current) {

    /** A path of the application at the same ref: {@code /policies?ref=v1}, or just the path at the current commit. */
    public String link(String path) {
        return param == null ? path : path + "?ref=" + UriUtils.encodeQueryParam(param, StandardCharsets.UTF_8);
    }

    static At of(Library library, String asked) {
        boolean given = asked != null && !asked.isBlank();
        return new At(given ? asked.strip() : null, library.label(), library.commit(), library.shortCommit(),
                library.current());
    }
}
