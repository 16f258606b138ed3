package dev.tenet.web.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The dry run: a design in, its Evaluation out, nothing stored. For engineers' own CI. */
@RestController
@Tag(name = "evaluations", description = "Dry runs of the policy library against a design")
class EvaluationApi {

    private final DryRun dryRun;

    EvaluationApi(DryRun dryRun) {
        this.dryRun = dryRun;
    }

    @PostMapping(path = "/api/v1/evaluations", consumes = {"application/yaml", "text/yaml", MediaType.APPLICATION_JSON_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Evaluate a WorkloadDesign without storing anything",
            description = "The body is a WorkloadDesign document (YAML, or the same document as JSON). The answer is the "
                    + "Evaluation a submission would pin: {policyCommit, tier, decision, findings, attestations}.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = "text/yaml", schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))}))
    @ApiResponse(responseCode = "200", description = "the Evaluation")
    @ApiResponse(responseCode = "400", description = "the ref names no branch, tag or commit", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "the body is not YAML or JSON", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "the document does not read: problems with line and column", content = @Content(mediaType = "application/problem+json"))
    Map<String, Object> evaluate(@RequestBody byte[] document,
                                 @Parameter(description = "a branch, tag or commit of the policy repository; default the "
                                         + "policy branch's head") @RequestParam(required = false) String ref) {
        return dryRun.evaluate(document, ref);
    }
}
