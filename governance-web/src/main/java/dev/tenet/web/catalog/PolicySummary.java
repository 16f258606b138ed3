package dev.tenet.web.catalog;

import dev.tenet.model.Lifecycle;
import dev.tenet.model.Policy;
import dev.tenet.model.Reference;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * A policy as the catalog lists it.
 *
 * @param lifecycle    the generative-AI stage it belongs to, or {@code null}
 * @param file         its file from the repository root
 * @param rules        how many rules it has
 * @param attestations how many attestations it asks
 */
@Schema(name = "PolicySummary")
record PolicySummary(String id, String version, String title, @Schema(example = "privacy-security") String principle,
                     @Schema(example = "hard-mandatory") String enforcement, @Schema(example = "high") String severity,
                     String lifecycle, String file, int rules, int attestations, List<Source> sources) {

    PolicySummary {
        sources = List.copyOf(sources);
    }

    static PolicySummary of(Policy policy) {
        return new PolicySummary(policy.id(), policy.metadata().version().toString(), policy.metadata().title(),
                policy.metadata().principle().id(), policy.enforcement().id(), policy.severity().id(),
                policy.metadata().lifecycle().map(Lifecycle::id).orElse(null), policy.source().file(),
                policy.rules().size(), policy.attestations().size(), Source.of(policy.metadata().references()));
    }

    /**
     * A source a policy encodes.
     *
     * @param url where to read it, or the empty string
     */
    @Schema(name = "PolicySource")
    record Source(String source, String section, String url) {

        static List<Source> of(List<Reference> references) {
            return references.stream().map(r -> new Source(r.source(), r.section(), r.url())).toList();
        }

        /** Whether the page may make the URL a link: only http and https, never {@code javascript:} and the like. */
        public boolean linkable() {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://");
        }
    }
}
