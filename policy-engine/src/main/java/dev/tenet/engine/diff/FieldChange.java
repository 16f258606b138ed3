package dev.tenet.engine.diff;

import java.util.Objects;

/**
 * One field whose value differs between two versions of a policy, rule or attestation, both values
 * written as the policy's author would read them (expressions as CEL text, enums as their ids).
 *
 * @param field  the field's name as documents write it ({@code require}, {@code enforcement})
 * @param before the value in the older bundle
 * @param after  the value in the newer bundle
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
