package dev.tenet.web.drift;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.VisibleDesigns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A design's policy drifts (issue 6; not in DESIGN.md section 6's table, which names drift only in
 * the workflow): each time a policy change made the approved design's decision worse and sent it
 * back to review.
 */
@RestController
@Tag(name = "designs")
class DriftsApi {

    private final VisibleDesigns visible;
    private final DriftNotices notices;

    DriftsApi(VisibleDesigns visible, DriftNotices notices) {
        this.visible = visible;
        this.notices = notices;
    }

    @GetMapping(path = "/api/v1/designs/{id}/drifts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The design's policy drifts, oldest first",
            description = "Each: the commit the approval was pinned at and the newer one, the tier and decision before "
                    + "and after, the findings that moved with their messages, when it was found and whether its owner "
                    + "dismissed the notice.")
    @ApiResponse(responseCode = "200", description = "the drifts; empty when the policies never made it worse")
    @ApiResponse(responseCode = "404", description = "no such design, or one the user may not see", content = @Content(mediaType = "application/problem+json"))
    List<DriftView> drifts(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
        return notices.historyOf(visible.find(actor, id));
    }
}
