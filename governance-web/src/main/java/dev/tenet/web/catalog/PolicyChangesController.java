package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import dev.tenet.web.catalog.DecisionImpacts.DesignImpact;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import dev.tenet.web.submission.DesignState;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The pages that show what a policy change does: the side-by-side diff between two commits and the
 * impact preview of a ref on the stored designs. Both open with their form when asked nothing.
 * Both evaluate designs through {@link DecisionImpacts}, and so may answer 429 when the server is
 * busy evaluating others ({@link CatalogPageAdvice}).
 */
@Controller
class PolicyChangesController {

    static final String DIFF_VIEW = "policies/diff";
    static final String IMPACT_VIEW = "policies/impact";
    /** How many unchanged designs the impact page lists at a time. */
    static final int UNCHANGED_PAGE = 200;

    private final PolicyLibraries libraries;
    private final PolicyDiffs diffs;
    private final FileComparisons files;
    private final DecisionImpacts impacts;

    PolicyChangesController(PolicyLibraries libraries, PolicyDiffs diffs, FileComparisons files,
                            DecisionImpacts impacts) {
        this.libraries = libraries;
        this.diffs = diffs;
        this.files = files;
        this.impacts = impacts;
    }

    @GetMapping("/policies/diff")
    String diff(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String view, @RequestParam(required = false) String context,
                Actor actor, Model model, HttpServletResponse response) {
        boolean unified = choice("view", view, "split", "unified");
        boolean full = choice("context", context, "folded", "full");
        model.addAttribute("refs", libraries.refs());
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        model.addAttribute("unified", unified);
        model.addAttribute("full", full);
        if (isBlank(from) && isBlank(to)) {
            return DIFF_VIEW;
        }
        InvalidParameterException.requireAll("choose a branch, tag or commit", "from", from, "to", to);
        Library older = libraries.at("from", from);
        Library newer = libraries.at("to", to);
        PolicyDiff diff = diffs.compare(actor, older, newer);
        model.addAttribute("diff", diff);
        model.addAttribute("files", files.of(diff, !full, unified));
        return DIFF_VIEW;
    }

    /**
     * The impact page: the designs whose decision or tier changes in full, the unchanged ones as a
     * count with a link ({@code all=true}) that lists them too, {@link #UNCHANGED_PAGE} at a time
     * ({@code page}, from 0), so that a page over thousands of designs stays small.
     */
    @GetMapping("/policies/impact")
    String impact(@RequestParam(required = false) String ref,
                  @RequestParam(name = "state", required = false) List<String> states,
                  @RequestParam(required = false) String all, @RequestParam(required = false) Integer page,
                  Actor actor, Model model) {
        boolean listUnchanged = choice("all", all, "false", "true");
        int pageNumber = page == null ? 0 : page;
        if (pageNumber < 0) {
            throw new InvalidParameterException("page", "must be 0 or more; got " + pageNumber);
        }
        Library current = libraries.current();
        Set<DesignState> included = DesignStates.parse("state", states);
        model.addAttribute("refs", libraries.refs());
        model.addAttribute("ref", ref == null ? "" : ref.strip());
        model.addAttribute("current", At.of(current, null));
        model.addAttribute("states", Arrays.stream(DesignState.values()).map(Enum::name).toList());
        model.addAttribute("chosen", included.stream().map(Enum::name).toList());
        if (isBlank(ref)) {
            return IMPACT_VIEW;
        }
        Library proposed = libraries.at("ref", ref);
        model.addAttribute("proposed", At.of(proposed, ref));
        ImpactPreview preview = ImpactPreview.of(current, proposed, included,
                impacts.between(actor, current.bundle(), proposed.bundle(), included));
        List<DesignImpact> changed = preview.designs().stream().filter(DesignImpact::changed).toList();
        List<DesignImpact> unchanged = preview.designs().stream().filter(d -> !d.changed()).toList();
        int pages = Math.max(1, (unchanged.size() + UNCHANGED_PAGE - 1) / UNCHANGED_PAGE);
        int shown = Math.min(pageNumber, pages - 1);
        model.addAttribute("preview", preview);
        model.addAttribute("changedDesigns", changed);
        model.addAttribute("unchangedCount", unchanged.size());
        model.addAttribute("listUnchanged", listUnchanged);
        model.addAttribute("unchangedPage", listUnchanged ? unchanged.subList(shown * UNCHANGED_PAGE,
                Math.min(unchanged.size(), (shown + 1) * UNCHANGED_PAGE)) : List.of());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("pageSize", UNCHANGED_PAGE);
        return IMPACT_VIEW;
    }

    /** Whether the parameter takes its second value; absent or blank is the first, anything else is refused. */
    private static boolean choice(String parameter, String value, String first, String second) {
        if (isBlank(value)) {
            return false;
        }
        if (!value.equals(first) && !value.equals(second)) {
            throw new InvalidParameterException(parameter, "must be " + first + " or " + second + "; got '" + value + "'");
        }
        return value.equals(second);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
