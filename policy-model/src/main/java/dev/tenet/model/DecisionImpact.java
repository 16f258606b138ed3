package dev.tenet.model;

/** How consequential the workload's decisions are for people. */
public enum DecisionImpact implements Token {
    /** Little effect on people. */
    LOW("low"),
    /** Noticeable effect on people, reversible. */
    MEDIUM("medium"),
    /** Consequential decisions about people. */
    HIGH("high");

    private final String id;

    DecisionImpact(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static DecisionImpact fromId(String id) {
        return Token.fromId(DecisionImpact.class, id);
    }
}
