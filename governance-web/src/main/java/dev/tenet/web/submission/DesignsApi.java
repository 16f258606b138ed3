package dev.tenet.web.submission;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Designs: create one or add a revision, list what the user may see, read one and its pinned evaluation. */
@RestController
@RequestMapping(path = "/api/v1/designs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "designs", description = "WorkloadDesign documents under governance")
class DesignsApi {

    /** How a design document is named in the problems of a body that does not read. */
    static final String DOCUMENT = "design.yaml";

    private final SubmissionService submissions;
    private final VisibleDesigns visible;
    private final DesignViews views;

    DesignsApi(SubmissionService submissions, VisibleDesigns visible, DesignViews views) {
        this.submissions = submissions;
        this.visible = visible;
        this.views = views;
    }

    @PostMapping(consumes = {"application/yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Create a design, or add a new DRAFT revision to the design with the same team and name",
            description = "The body is a WorkloadDesign document (YAML, or the same document as JSON). The owner is the "
                    + "signed-in engineer; metadata.team must be their team. A new revision voids every earlier sign-off.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))}))
    @ApiResponse(responseCode = "201", description = "created; Location names the design")
    @ApiResponse(responseCode = "200", description = "a new DRAFT revision of an existing design")
    @ApiResponse(responseCode = "403", description = "metadata.team is not the engineer's team", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the document does not read: problems with line and column", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<DesignView> save(@Parameter(hidden = true) Actor actor, @RequestBody byte[] document,
                                    UriComponentsBuilder uri) {
        SubmissionService.Saved saved = submissions.save(actor, DOCUMENT, utf8(document));
        DesignView view = views.of(saved.design());
        if (saved.created()) {
            return ResponseEntity.created(uri.path("/api/v1/designs/{id}").buildAndExpand(view.id()).toUri()).body(view);
        }
        return ResponseEntity.ok(view);
    }

    @GetMapping
    @Operation(summary = "The designs the user may see, newest change first",
            description = "Engineers see their team's designs; reviewers see every submitted design and those they signed "
                    + "(their queue: state=IN_REVIEW&stage=<their stage>); administrators see all.")
    @ApiResponse(responseCode = "200", description = "one page")
    @ApiResponse(responseCode = "400", description = "a parameter is invalid", content = @Content(mediaType = "application/problem+json"))
    DesignPage list(@Parameter(hidden = true) Actor actor,
                    @RequestParam(required = false) DesignState state,
                    @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String team,
                    @Parameter(description = "0-based") @RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        VisibleDesigns.Page found = visible.page(actor, new VisibleDesigns.Filter(state, stage, team), page, size);
        return new DesignPage(found.items().stream().map(views::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One design, with the sign-offs, waivers, answers and harms of its current revision")
    @ApiResponse(responseCode = "200", description = "the design")
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    DesignView get(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return views.of(visible.find(actor, id));
    }

    @GetMapping("/{id}/evaluation")
    @Operation(summary = "The pinned Evaluation of the current revision, exactly as stored at submission "
            + "(refreshed when a waiver is granted or an attestation answered)")
    @ApiResponse(responseCode = "200", description = "{policyCommit, tier, decision, findings, attestations}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the current revision is not submitted yet", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<String> evaluation(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        Design design = visible.find(actor, id);
        if (design.evaluation().isEmpty()) {
            throw WorkflowException.conflict("revision " + design.revision() + " of " + design + " is not submitted yet:"
                    + " its evaluation is made and pinned when it is submitted");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(design.evaluation());
    }

    /** The document as text; bytes that are not UTF-8 are refused rather than silently replaced. */
    private static String utf8(byte[] document) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(document)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidDesignException(List.of(Problem.error(DOCUMENT, Position.START,
                    "the document is not UTF-8 text: save it as UTF-8")));
        }
    }

    /** One page of designs. */
    @Schema(name = "DesignPage")
    record DesignPage(List<DesignView> items, int page, int size, long total) {
    }
}
