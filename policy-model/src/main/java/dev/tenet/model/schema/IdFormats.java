package dev.tenet.model.schema;

import java.util.Map;
import java.util.Optional;

/**
 * Plain-words descriptions of the name formats the schemas check with a regular expression, so a
 * problem says "the rule id format: lowercase letters, digits and hyphens" rather than quoting
 * the expression. Every schema defines its formats under {@code $defs} with these names; a pattern
 * that is not among them is quoted as it is.
 */
final class IdFormats {

    private static final String LOWER_ID = "lowercase letters, digits and hyphens, starting with a letter";

    private static final Map<String, String> BY_DEFINITION = Map.of(
            "policyId", "the id format: lowercase, dotted, like 'privacy.encrypt-personal-data'",
            "ruleId", "the rule id format: " + LOWER_ID + ", like 'at-rest'",
            "attestationId", "the attestation id format: " + LOWER_ID + ", like 'legal-review'",
            "stageId", "the stage id format: " + LOWER_ID + ", like 'research'",
            "ruleRef", "the rule format: a rule id like 'at-rest', or policy/rule like 'privacy.encrypt-personal-data/at-rest'",
            "slug", "the name format: lowercase letters, digits and hyphens, at most 64,"
                    + " starting and ending with a letter or digit, like 'claims-triage'",
            "semver", "the version format: MAJOR.MINOR.PATCH, like '1.0.0'",
            "role", "the role format: uppercase letters and underscores, like 'RESEARCH'");

    private IdFormats() {
    }

    /**
     * "the rule id format: ..." for a pattern defined at {@code #/$defs/<definition>}, or "the
     * pattern ^...$" for any other.
     */
    static String describe(Optional<String> definition, String pattern) {
        return definition.map(BY_DEFINITION::get).orElse("the pattern " + pattern);
    }

    /** Whether a definition has a plain-words description; tests keep the table and the schemas in step. */
    static boolean knows(String definition) {
        return BY_DEFINITION.containsKey(definition);
    }
}
