package dev.tenet.web.drift;

import dev.tenet.web.submission.MovedFinding;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A policy drift of a design: an APPROVED design whose decision got worse when the policies moved
 * from the commit it was approved at to a newer one, and so went back to review (RE_REVIEW).
 *
 * @param id             the drift, and the notice its owner dismisses
 * @param revision       the revision that was approved and is reviewed again
 * @param round          the review round the drift started
 * @param fromCommit     the policy commit the approval was pinned at
 * @param toCommit       the commit it is reviewed again at
 * @param detectedAt     when the drift was found
 * @param dismissedAt    when the owner dismissed the notice, or {@code null}
 * @param findings       the findings that moved (outcome, or enforcement of a failure), with their messages
 */
@Schema(name = "PolicyDrift")
public record DriftView(long id, long designId, String team, String name, int revision, int round, String fromCommit,
                        String toCommit, @Schema(example = "low") String tierBefore,
                        @Schema(example = "low") String tierAfter, @Schema(example = "PASS") String decisionBefore,
                        @Schema(example = "NEEDS_WAIVER") String decisionAfter, Instant detectedAt,
                        Instant dismissedAt, List<MovedFinding> findings) {

    public DriftView {
        findings = List.copyOf(findings);
    }

    /** {@code team/name}. */
    public String title() {
        return team + "/" + name;
    }

    /** The findings that fail after the drift: why the decision got worse. */
    public List<MovedFinding> failing() {
        return findings.stream().filter(MovedFinding::failing).toList();
    }
}
