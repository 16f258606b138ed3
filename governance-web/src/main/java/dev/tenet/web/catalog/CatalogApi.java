package dev.tenet.web.catalog;

import dev.tenet.web.catalog.PolicyCatalog.Listing;
import dev.tenet.web.catalog.PolicyHistory.History;
import dev.tenet.web.catalog.PolicyLibraries.Library;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The policy catalog at any commit: the policies, one policy whole, and a policy's history. */
@RestController
@RequestMapping(path = "/api/v1/policies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "policies", description = "The policy library at any branch, tag or commit: catalog, history, diff and impact")
class CatalogApi {

    static final String REF = "a branch, tag or commit id of the policy repository; default the current policy commit";

    private final PolicyLibraries libraries;
    private final PolicyCatalog catalog;
    private final PolicyHistory history;

    CatalogApi(PolicyLibraries libraries, PolicyCatalog catalog, PolicyHistory history) {
        this.libraries = libraries;
        this.catalog = catalog;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "The policies at a ref",
            description = "Each policy's id, version, title, principle, enforcement, severity, lifecycle, file, rule and "
                    + "attestation counts and sources, sorted by id. With q, only the policies whose id, title, "
                    + "description, rule ids, rule descriptions or rule messages contain every word of it.")
    @ApiResponse(responseCode = "200", description = "the catalog")
    @ApiResponse(responseCode = "400", description = "a parameter is invalid", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "the ref names no branch, tag or commit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the library at the ref does not load: its problems", content = @Content(mediaType = "application/problem+json"))
    Listing list(@Parameter(description = REF) @RequestParam(required = false) String ref,
                 @Parameter(description = "words to search for") @RequestParam(required = false) String q) {
        return catalog.list(libraries.at("ref", ref), q);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One policy whole, at a ref",
            description = "Metadata, description, rules with their expressions, messages and remediation, attestations, "
                    + "sources, and the test cases that concern it with what each expects.")
    @ApiResponse(responseCode = "200", description = "the policy")
    @ApiResponse(responseCode = "404", description = "no such policy at the ref, or no such ref", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the library at the ref does not load: its problems", content = @Content(mediaType = "application/problem+json"))
    PolicyDetail policy(@PathVariable String id, @Parameter(description = REF) @RequestParam(required = false) String ref) {
        return catalog.policy(libraries.at("ref", ref), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "The commits that changed a policy or its test, newest first",
            description = "Up to the ref's commit: each commit's id, author, time, message, the policy's version there "
                    + "and the commit before it, to compare with.")
    @ApiResponse(responseCode = "200", description = "the history")
    @ApiResponse(responseCode = "400", description = "limit is not between 1 and 200", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such policy at the ref, or no such ref", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the library at the ref does not load: its problems", content = @Content(mediaType = "application/problem+json"))
    History history(@PathVariable String id, @Parameter(description = REF) @RequestParam(required = false) String ref,
                    @Parameter(description = "at most this many commits, 1 to 200")
                    @RequestParam(defaultValue = "" + PolicyHistory.DEFAULT_LIMIT) int limit) {
        Library library = libraries.at("ref", ref);
        return history.of(library, id, limit);
    }
}
