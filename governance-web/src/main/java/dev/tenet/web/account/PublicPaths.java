package dev.tenet.web.account;

import java.util.List;

/**
 * Paths another feature module opens to anonymous requests, declared as a bean
 * ({@code @Bean PublicPaths webhook() { return PublicPaths.of("/api/v1/policies/webhook"); }}).
 * Such a path must authenticate its caller another way (a webhook signature). Patterns are Spring
 * path patterns; those under {@code /api/} apply to the API, the others to pages.
 *
 * @param patterns the path patterns
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
    }

    /** The given patterns. */
    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
