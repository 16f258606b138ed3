package dev.tenet.web.submission;

import dev.tenet.web.account.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The decision record of an approved design: JSON by default, Markdown on {@code Accept: text/markdown}. */
@RestController
@Tag(name = "designs")
class DecisionRecordApi {

    static final String MARKDOWN = "text/markdown";
    private static final MediaType MARKDOWN_UTF8 = MediaType.parseMediaType(MARKDOWN + ";charset=UTF-8");

    private final VisibleDesigns visible;
    private final DecisionRecords records;

    DecisionRecordApi(VisibleDesigns visible, DecisionRecords records) {
        this.visible = visible;
        this.records = records;
    }

    @GetMapping(path = "/api/v1/designs/{id}/record", produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN})
    @Operation(summary = "The decision record of an APPROVED design",
            description = "Revision and YAML digest, policy commit, tier, decision, findings by outcome with their "
                    + "explanations, attestations with evidence, waivers, harms, the sign-off timeline and the audit hash.")
    @ApiResponse(responseCode = "200", description = "the record", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DecisionRecord.class)),
            @Content(mediaType = MARKDOWN, schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "the design is not APPROVED", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> record(@Parameter(hidden = true) Actor actor, @PathVariable long id,
                             @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        DecisionRecord record = records.of(visible.find(actor, id));
        if (prefersMarkdown(accept)) {
            return ResponseEntity.ok().contentType(MARKDOWN_UTF8).body(DecisionRecordMarkdown.render(record));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(record);
    }

    /** Whether Markdown comes before JSON in what the client accepts. */
    private static boolean prefersMarkdown(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        MimeTypeUtils.sortBySpecificity(accepted);
        MediaType markdown = MediaType.parseMediaType(MARKDOWN);
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                continue;
            }
            if (type.isCompatibleWith(markdown)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
        }
        return false;
    }
}
