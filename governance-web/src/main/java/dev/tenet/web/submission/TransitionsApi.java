package dev.tenet.web.submission;

import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workflow's moves: submit, review, withdraw, re-evaluate. Each answers with the design as it
 * now stands; a refused move is 403 (role, ownership, separation of duties) or 409 (state or stage),
 * and a move that lost a race with another person's is 409 too: reload and try again.
 *
 * <p>{@code POST /api/v1/designs/{id}/reevaluate} is not in DESIGN.md section 6's table: issue 6
 * asks that a design whose policies changed since submission can be re-evaluated by its owner, and
 * this is that move.
 */
@RestController
@RequestMapping(path = "/api/v1/designs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "workflow", description = "Submitting, reviewing and withdrawing designs")
class TransitionsApi {

    private final SubmissionService submissions;
    private final VisibleDesigns visible;
    private final DesignViews views;

    TransitionsApi(SubmissionService submissions, VisibleDesigns visible, DesignViews views) {
        this.submissions = submissions;
        this.visible = visible;
        this.views = views;
    }

    @PostMapping("/submit")
    @Operation(summary = "Submit the current revision: DRAFT or CHANGES_REQUESTED to IN_REVIEW",
            description = "Evaluates the revision at the current policy commit, pins that commit and sends the design to "
                    + "the first stage of its risk tier.")
    @ApiResponse(responseCode = "200", description = "the design, now IN_REVIEW")
    @ApiResponse(responseCode = "403", description = "only engineers of the design's team submit it", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "not DRAFT or CHANGES_REQUESTED, or changed at the same time", content = @Content(mediaType = "application/problem+json"))
    DesignView submit(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        visible.find(actor, id);
        return views.of(submissions.submit(actor, id));
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A reviewer's verdict at the design's current stage",
            description = "APPROVE counts towards the stage's quorum of distinct reviewers and advances the design when it "
                    + "is met; REQUEST_CHANGES sends it back to its team; REJECT ends the review.")
    @ApiResponse(responseCode = "200", description = "the design after the verdict")
    @ApiResponse(responseCode = "400", description = "a field is missing or invalid", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "wrong role, or separation of duties (the owner or submitter, or a "
            + "reviewer who signed another stage)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "not under review, another stage, a decision or open attestations "
            + "that forbid approval, or changed at the same time", content = @Content(mediaType = "application/problem+json"))
    DesignView review(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Valid @RequestBody ReviewRequest review) {
        visible.find(actor, id);
        return views.of(submissions.review(actor, id, review.stage(), review.verdict(), review.comment()));
    }

    @PostMapping("/withdraw")
    @Operation(summary = "Withdraw the design; its team may start again with a new revision")
    @ApiResponse(responseCode = "200", description = "the design, now WITHDRAWN")
    @ApiResponse(responseCode = "403", description = "only engineers of the design's team withdraw it", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "already withdrawn or rejected", content = @Content(mediaType = "application/problem+json"))
    DesignView withdraw(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        visible.find(actor, id);
        return views.of(submissions.withdraw(actor, id));
    }

    @PostMapping("/reevaluate")
    @Operation(summary = "Re-evaluate a design under review at the current policy commit (not in DESIGN.md's table)",
            description = "For a design whose policies changed since submission (policyChangedSinceSubmission): "
                    + "evaluates it at the policy branch's head with its waivers and answers and pins that commit. If "
                    + "the tier, the decision, a finding's outcome or an attestation's status changed, the earlier "
                    + "sign-offs stop counting and the review starts a new round at the first stage of the tier; "
                    + "otherwise the sign-offs are kept and only the pinned commit moves. Engineers of the design's "
                    + "team only; audited as REEVALUATED.")
    @ApiResponse(responseCode = "200", description = "the design, pinned at the current policy commit")
    @ApiResponse(responseCode = "403", description = "only engineers of the design's team re-evaluate it", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "not under review, already at the current policy commit, or "
            + "changed at the same time", content = @Content(mediaType = "application/problem+json"))
    DesignView reevaluate(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        visible.find(actor, id);
        return views.of(submissions.reevaluate(actor, id).design());
    }

    /** A verdict at a stage. */
    @Schema(name = "Review")
    record ReviewRequest(@NotBlank @Size(max = 64) @Schema(example = "research") String stage,
                         @NotNull Verdict verdict,
                         @Size(max = 3000) String comment) {
    }
}
