package dev.tenet.model;

/** How much harm a failed rule can do, for ordering and triage. */
public enum Severity implements Token {
    /** Minor: worth fixing when convenient. */
    LOW("low"),
    /** Real harm in some cases. */
    MEDIUM("medium"),
    /** Serious harm to people or the organisation. */
    HIGH("high"),
    /** Severe or irreversible harm. */
    CRITICAL("critical");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Severity fromId(String id) {
        return Token.fromId(Severity.class, id);
    }
}
