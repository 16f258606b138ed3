package dev.tenet.web.submission;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * An entry of a design's risk register, recorded by the research stage.
 *
 * @param likelihood low, medium or high
 * @param severity   low, medium, high or critical
 */
@Table("harms")
public record Harm(String harm, String affectedGroup, String likelihood, String severity, String mitigation,
                   String recordedBy, Instant at) {
}
