package dev.tenet.model;

/** The six Responsible-AI principles a policy serves. */
public enum Principle implements Token {
    /** Systems treat everyone fairly and avoid affecting similar groups differently. */
    FAIRNESS("fairness"),
    /** Systems perform reliably and safely, within known limits. */
    RELIABILITY_SAFETY("reliability-safety"),
    /** Systems are secure and respect privacy. */
    PRIVACY_SECURITY("privacy-security"),
    /** Systems empower and engage everyone. */
    INCLUSIVENESS("inclusiveness"),
    /** Systems are understandable and say what they are. */
    TRANSPARENCY("transparency"),
    /** People are accountable for the systems they build and run. */
    ACCOUNTABILITY("accountability");

    private final String id;

    Principle(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Principle fromId(String id) {
        return Token.fromId(Principle.class, id);
    }
}
