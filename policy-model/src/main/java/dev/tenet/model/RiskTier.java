package dev.tenet.model;

/** How much review a design needs, from the governance document's risk tiers. */
public enum RiskTier implements Token {
    /** Little risk: the lightest review. */
    LOW("low"),
    /** Some risk, for instance personal data. */
    MEDIUM("medium"),
    /** Consequential or generative work: the fullest review, board included. */
    HIGH("high");

    private final String id;

    RiskTier(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static RiskTier fromId(String id) {
        return Token.fromId(RiskTier.class, id);
    }
}
