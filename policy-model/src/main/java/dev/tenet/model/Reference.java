package dev.tenet.model;

import java.util.Objects;

/**
 * Where a policy comes from: a source document and the section of it the policy encodes.
 *
 * @param source  the source's title
 * @param section the section heading within it
 * @param url     a link to the source, or the empty string
 */
public record Reference(String source, String section, String url) {

    public Reference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        url = url == null ? "" : url;
    }
}
