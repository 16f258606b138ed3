package dev.tenet.web.catalog;

import dev.tenet.model.Policy;
import dev.tenet.model.Rule;
import dev.tenet.model.Suggestions;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The policies of a library, listed and searched, and each one whole. A library's listing is built
 * once per commit and kept: a commit never changes.
 */
@Service
class PolicyCatalog {

    /** Longer searches are refused: nothing in a policy needs more to be found. */
    static final int MAX_QUERY_LENGTH = 200;

    private final RecentlyUsed<String, List<Entry>> listings = new RecentlyUsed<>(16);

    /**
     * The policies of a library that match a search.
     *
     * @param ref     the ref as asked, or the policy branch for the current commit
     * @param commit  the commit read
     * @param current whether it is the commit new submissions are evaluated at
     * @param query   the search, or the empty string
     * @param total   how many policies the library has
     */
    @Schema(name = "PolicyCatalog")
    record Listing(String ref, String commit, boolean current, String query, int total, List<PolicySummary> policies) {

        Listing {
            policies = List.copyOf(policies);
        }
    }

    /** A policy as listed, with the lower-case text a search looks through. */
    private record Entry(PolicySummary summary, String text) {
    }

    /**
     * The policies whose id, title, description, rule ids, rule descriptions or rule messages contain
     * every word of the query (ignoring case), sorted by id; all of them for a blank query.
     */
    Listing list(Library library, String query) {
        String search = query == null ? "" : query.strip();
        if (search.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterException("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = search.isEmpty() ? List.of()
                : Arrays.asList(search.toLowerCase(Locale.ROOT).split("\\s+"));
        List<Entry> entries = listings.get(library.commit(), commit -> entries(library));
        List<PolicySummary> found = entries.stream().filter(entry -> words.stream().allMatch(entry.text()::contains))
                .map(Entry::summary).toList();
        return new Listing(library.ref(), library.commit(), library.current(), search, entries.size(), found);
    }

    /** The policy with this id, whole. */
    PolicyDetail policy(Library library, String id) {
        return PolicyDetail.of(find(library, id), library.bundle().library(), library.ref());
    }

    /** The policy with this id in the library; a 404 with the closest id when it has none. */
    Policy find(Library library, String id) {
        return library.bundle().library().policy(id).orElseThrow(() -> new PolicyNotFoundException(id, library,
                Suggestions.closest(id, library.bundle().library().policies().stream().map(Policy::id).toList())));
    }

    private static List<Entry> entries(Library library) {
        return library.bundle().library().policies().stream()
                .map(policy -> new Entry(PolicySummary.of(policy), searchText(policy))).toList();
    }

    private static String searchText(Policy policy) {
        Stream<String> own = Stream.of(policy.id(), policy.metadata().title(), policy.metadata().description());
        Stream<String> rules = policy.rules().stream().flatMap(PolicyCatalog::ruleText);
        return Stream.concat(own, rules).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    private static Stream<String> ruleText(Rule rule) {
        return Stream.of(rule.id(), rule.description(), rule.message());
    }
}
