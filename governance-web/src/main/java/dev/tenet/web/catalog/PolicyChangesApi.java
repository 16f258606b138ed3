package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What a policy change does: the diff between two commits, and the impact of a ref on the stored designs.
 *
 * <p>The impact preview answers every design checked, the unchanged ones included, unpaged: the
 * costly part is evaluating the designs, not writing them out, and it is bounded by
 * {@link DecisionImpacts} (only the caller's designs, in batches, kept a minute per pair of commits,
 * at most two requests evaluating at once, else 429); a client that drives a merge decision wants
 * the whole set with its counts in one answer, and a page of a result computed anew per request
 * could shift under it. The page ({@link PolicyChangesController}) is what pages the unchanged ones.
 */
@RestController
@RequestMapping(path = "/api/v1/policies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "policies")
class PolicyChangesApi {

    static final String BRANCH_TAG_OR_COMMIT = "a branch, tag or commit id of the policy repository";
    static final String BUSY = "the server is already evaluating as many impact previews and diffs as it allows: "
            + "try again after Retry-After seconds";

    private final PolicyLibraries libraries;
    private final PolicyDiffs diffs;
    private final DecisionImpacts impacts;

    PolicyChangesApi(PolicyLibraries libraries, PolicyDiffs diffs, DecisionImpacts impacts) {
        this.libraries = libraries;
        this.diffs = diffs;
        this.impacts = impacts;
    }

    @GetMapping("/diff")
    @Operation(summary = "What changed between two commits of the policy library",
            description = "Policies added, removed and changed (rules, attestations and fields, as tenet diff reports "
                    + "them), the files that differ, and every stored design you may see whose decision or risk tier "
                    + "differs between the two, with the findings that moved.")
    @ApiResponse(responseCode = "200", description = "the diff")
    @ApiResponse(responseCode = "400", description = "from or to is missing", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "from or to names no branch, tag or commit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the library at from or to does not load: its problems", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = BUSY, content = @Content(mediaType = "application/problem+json"))
    PolicyDiff diff(@Parameter(hidden = true) Actor actor,
                    @Parameter(description = "the older branch, tag or commit", required = true)
                    @RequestParam(required = false) String from,
                    @Parameter(description = "the newer branch, tag or commit", required = true)
                    @RequestParam(required = false) String to) {
        InvalidParameterException.requireAll(BRANCH_TAG_OR_COMMIT, "from", from, "to", to);
        return diffs.compare(actor, libraries.at("from", from), libraries.at("to", to));
    }

    @GetMapping("/impact")
    @Operation(summary = "Impact preview: the stored designs' decisions at a ref against the current policy commit",
            description = "Every design you may see (its current revision, with its waivers and recorded answers) "
                    + "evaluated at the current policy commit and at the ref: before and after decision and tier, "
                    + "changed, worse or better, and the findings that moved; worse ones first. Every state is "
                    + "included unless state names some. Every design checked is listed, the unchanged ones too, "
                    + "unpaged; results are kept for a minute per pair of commits.")
    @ApiResponse(responseCode = "200", description = "the preview")
    @ApiResponse(responseCode = "400", description = "ref is missing, or a state is unknown", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "the ref names no branch, tag or commit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the library at the ref does not load: its problems", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = BUSY, content = @Content(mediaType = "application/problem+json"))
    ImpactPreview impact(@Parameter(hidden = true) Actor actor,
                         @Parameter(description = "the proposed branch, tag or commit", required = true)
                         @RequestParam(required = false) String ref,
                         @Parameter(description = "only designs in these states (repeat it for several)")
                         @RequestParam(name = "state", required = false) List<String> states) {
        InvalidParameterException.requireAll(BRANCH_TAG_OR_COMMIT, "ref", ref);
        PolicyLibraries.Library proposed = libraries.at("ref", ref);
        PolicyLibraries.Library current = libraries.current();
        var included = DesignStates.parse("state", states);
        return ImpactPreview.of(current, proposed, included,
                impacts.between(actor, current.bundle(), proposed.bundle(), included));
    }
}
