package dev.tenet.web.catalog;

import dev.tenet.model.Principle;
import dev.tenet.web.catalog.PolicyCatalog.Listing;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import dev.tenet.web.policy.PolicySync;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/** The catalog's pages: the policies grouped by principle, one policy, and its history. */
@Controller
class CatalogController {

    static final String CATALOG_VIEW = "policies/catalog";
    static final String POLICY_VIEW = "policies/policy";
    static final String HISTORY_VIEW = "policies/history";

    private final PolicyLibraries libraries;
    private final PolicyCatalog catalog;
    private final PolicyHistory history;
    private final PolicySync sync;

    CatalogController(PolicyLibraries libraries, PolicyCatalog catalog, PolicyHistory history, PolicySync sync) {
        this.libraries = libraries;
        this.catalog = catalog;
        this.history = history;
        this.sync = sync;
    }

    /** The policies of one principle, as the catalog page lists them. */
    record Group(String principle, List<PolicySummary> policies) {
    }

    @GetMapping("/policies")
    String catalog(@RequestParam(required = false) String ref, @RequestParam(required = false) String q, Model model) {
        Library library = libraries.at("ref", ref);
        Listing listing = catalog.list(library, q);
        model.addAttribute("at", At.of(library, ref));
        model.addAttribute("refs", libraries.refs());
        model.addAttribute("listing", listing);
        model.addAttribute("groups", groups(listing.policies()));
        model.addAttribute("sync", sync.status());
        return CATALOG_VIEW;
    }

    @GetMapping("/policies/{id}")
    String policy(@PathVariable String id, @RequestParam(required = false) String ref, Model model) {
        Library library = libraries.at("ref", ref);
        model.addAttribute("at", At.of(library, ref));
        model.addAttribute("refs", libraries.refs());
        model.addAttribute("policy", catalog.policy(library, id));
        return POLICY_VIEW;
    }

    @GetMapping("/policies/{id}/history")
    String history(@PathVariable String id, @RequestParam(required = false) String ref,
                   @RequestParam(defaultValue = "" + PolicyHistory.DEFAULT_LIMIT) int limit, Model model) {
        Library library = libraries.at("ref", ref);
        model.addAttribute("at", At.of(library, ref));
        model.addAttribute("policy", catalog.policy(library, id));
        PolicyHistory.History commits = history.of(library, id, limit);
        model.addAttribute("history", commits);
        model.addAttribute("fileAnchor", FileComparisons.anchor(commits.file()));
        model.addAttribute("limit", limit);
        model.addAttribute("nextLimit", Math.min(PolicyHistory.MAX_LIMIT, limit + PolicyHistory.DEFAULT_LIMIT));
        return HISTORY_VIEW;
    }

    /** The policies by principle, in the principles' order, leaving out principles without any. */
    private static List<Group> groups(List<PolicySummary> policies) {
        return Arrays.stream(Principle.values()).map(Principle::id)
                .map(principle -> new Group(principle, policies.stream()
                        .filter(policy -> policy.principle().equals(principle)).toList()))
                .filter(group -> !group.policies().isEmpty()).toList();
    }
}
