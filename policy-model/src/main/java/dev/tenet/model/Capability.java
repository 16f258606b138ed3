package dev.tenet.model;

/** What an AI workload does. */
public enum Capability implements Token {
    /** Sorts text into classes. */
    TEXT_CLASSIFICATION("text-classification"),
    /** Finds and extracts entities from text. */
    ENTITY_EXTRACTION("entity-extraction"),
    /** Chooses content or actions for each person. */
    PERSONALIZATION("personalization"),
    /** Generates content with a generative model. */
    GENERATIVE("generative"),
    /** Anything else. */
    OTHER("other");

    private final String id;

    Capability(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Capability fromId(String id) {
        return Token.fromId(Capability.class, id);
    }
}
