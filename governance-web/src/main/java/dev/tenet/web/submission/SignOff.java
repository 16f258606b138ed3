package dev.tenet.web.submission;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One reviewer's verdict at one stage of one review round of one revision. Sign-offs of an earlier
 * revision or round stay on record but no longer count.
 *
 * @param round the review round of the revision it was given in (1 from submission; policy drift
 *              and a material re-evaluation start another)
 */
@Table("sign_offs")
public record SignOff(int revision, @Column("review_round") int round, String stage, String reviewer, Verdict verdict,
                      String comment, Instant at) {
}
