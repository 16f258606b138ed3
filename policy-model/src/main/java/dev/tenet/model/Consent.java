package dev.tenet.model;

/** How the people whose data is used agreed to it. */
public enum Consent implements Token {
    /** No consent. */
    NONE("none"),
    /** Consent implied by use. */
    IMPLIED("implied"),
    /** Consent given explicitly. */
    EXPLICIT("explicit");

    private final String id;

    Consent(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Consent fromId(String id) {
        return Token.fromId(Consent.class, id);
    }
}
