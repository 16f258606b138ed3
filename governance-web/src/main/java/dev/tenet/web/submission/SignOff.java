package dev.tenet.web.submission;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One reviewer's verdict at one stage of one revision. Sign-offs of an earlier revision stay on
 * record but no longer count.
 */
@Table("sign_offs")
public record SignOff(int revision, String stage, String reviewer, Verdict verdict, String comment, Instant at) {
}
