package dev.tenet.model;

/** How a failed rule affects the decision, as Sentinel's enforcement levels. */
public enum Enforcement implements Token {
    /** Reported, never blocks. */
    ADVISORY("advisory"),
    /** Blocks until the policy stage grants a waiver. */
    SOFT_MANDATORY("soft-mandatory"),
    /** Blocks and cannot be waived. */
    HARD_MANDATORY("hard-mandatory");

    private final String id;

    Enforcement(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Enforcement fromId(String id) {
        return Token.fromId(Enforcement.class, id);
    }
}
