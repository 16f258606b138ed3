package dev.tenet.model;

import java.util.Objects;

/**
 * One check of a policy: an expression over the design that must hold.
 *
 * @param id          unique within its policy
 * @param description what the rule checks, or the empty string
 * @param appliesTo   when the rule applies; {@link Expression#always} when the policy says nothing
 * @param require     the expression that must be true for the rule to pass
 * @param message     what is wrong when it fails
 * @param remediation what to do about it
 * @param severity    the rule's own severity, or the policy's when the rule does not say
 * @param position    where the rule starts in its file
 */
public record Rule(String id, String description, Expression appliesTo, Expression require, String message,
                   String remediation, Severity severity, Position position) {

    public Rule {
        Objects.requireNonNull(id, "id");
        description = description == null ? "" : description;
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(require, "require");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
    }
}
