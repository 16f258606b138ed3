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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/**
 * What reviewers record on a design under review: waivers (policy stage), attestation answers (the
 * attestation's stage) and the risk register (research stage). Each answers with the design.
 */
@RestController
@RequestMapping(path = "/api/v1/designs/{id}", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "review notes", description = "Waivers, attestation answers and the risk register")
class ReviewNotesApi {

    private static final String PROBLEM = "application/problem+json";

    private final SubmissionService submissions;
    private final VisibleDesigns visible;
    private final DesignViews views;
    private final Clock clock;

    ReviewNotesApi(SubmissionService submissions, VisibleDesigns visible, DesignViews views, Clock clock) {
        this.submissions = submissions;
        this.visible = visible;
        this.views = views;
        this.clock = clock;
    }

    @PostMapping("/waivers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Grant a waiver of a soft-mandatory rule to the current revision (POLICY role)",
            description = "The pinned evaluation is refreshed: the finding becomes WAIVED. Hard-mandatory rules are never waived.")
    @ApiResponse(responseCode = "201", description = "the design with the waiver")
    @ApiResponse(responseCode = "400", description = "a hard-mandatory or unknown rule, no justification, or an expiry not "
            + "after today", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "not POLICY, or the design's owner or submitter", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "the design is not under review", content = @Content(mediaType = PROBLEM))
    DesignView waive(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Valid @RequestBody WaiverRequest waiver) {
        visible.find(actor, id);
        return views.of(submissions.grantWaiver(actor, id, waiver.policy(), waiver.rule(), waiver.justification(),
                waiver.expires()));
    }

    @PostMapping("/attestations")
    @Operation(summary = "Answer an attestation of the current revision (a reviewer of the attestation's stage)",
            description = "The reviewer's answer takes precedence over the design's own; the pinned evaluation is refreshed.")
    @ApiResponse(responseCode = "200", description = "the design with the answer")
    @ApiResponse(responseCode = "400", description = "an attestation that does not apply, or evidence missing where "
            + "required", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "not the stage's role, or the design's owner or submitter", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "the design is not under review", content = @Content(mediaType = PROBLEM))
    DesignView answer(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                      @Valid @RequestBody AttestationRequest attestation) {
        visible.find(actor, id);
        return views.of(submissions.recordAnswer(actor, id, attestation.id(), attestation.answer(), attestation.evidence()));
    }

    @PostMapping("/harms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an entry to the design's risk register (RESEARCH role)")
    @ApiResponse(responseCode = "201", description = "the design with the harm")
    @ApiResponse(responseCode = "400", description = "a field is missing, or likelihood or severity is off the scale", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "not RESEARCH", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "the design is withdrawn or rejected", content = @Content(mediaType = PROBLEM))
    DesignView harm(@Parameter(hidden = true) Actor actor, @PathVariable long id, @Valid @RequestBody HarmRequest harm) {
        visible.find(actor, id);
        return views.of(submissions.recordHarm(actor, id, new Harm(harm.harm(), harm.affectedGroup(), harm.likelihood(),
                harm.severity(), harm.mitigation(), actor.username(), clock.instant())));
    }

    /** A waiver of one rule, until a day. */
    @Schema(name = "WaiverRequest")
    record WaiverRequest(@NotBlank @Size(max = 200) @Schema(example = "privacy.limit-retention") String policy,
                         @NotBlank @Size(max = 100) @Schema(example = "retention-limit") String rule,
                         @NotBlank @Size(max = 4000) String justification,
                         @NotNull @Schema(example = "2030-01-31") LocalDate expires) {
    }

    /** An answer to one attestation, with a link to the evidence. */
    @Schema(name = "AttestationRequest")
    record AttestationRequest(@NotBlank @Size(max = 100) @Schema(example = "legal-review") String id,
                              @NotNull Boolean answer,
                              @Size(max = 2000) @Schema(example = "https://wiki.example/legal-review") String evidence) {
    }

    /** An entry of the risk register. */
    @Schema(name = "HarmRequest")
    record HarmRequest(@NotBlank @Size(max = 4000) String harm,
                       @NotBlank @Size(max = 400) String affectedGroup,
                       @NotNull @Pattern(regexp = "low|medium|high", message = "must be low, medium or high")
                       @Schema(allowableValues = {"low", "medium", "high"}) String likelihood,
                       @NotNull @Pattern(regexp = "low|medium|high|critical", message = "must be low, medium, high or critical")
                       @Schema(allowableValues = {"low", "medium", "high", "critical"}) String severity,
                       @NotBlank @Size(max = 4000) String mitigation) {
    }
}
