package dev.tenet.web.submission;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One immutable version of a design's YAML. A design's revisions are numbered from 1; only the
 * latest one is reviewed, and its sign-offs bind to exactly this text.
 *
 * @param designId the design's id
 * @param number   the revision number within the design
 * @param yaml     the WorkloadDesign document exactly as submitted
 * @param digest   SHA-256 of the YAML, hex
 * @param author   who added it
 * @param at       when
 */
@Table("design_revisions")
public record Revision(@Id Long id, Long designId, int number, String yaml, String digest, String author, Instant at) {
}
