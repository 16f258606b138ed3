package dev.tenet.model;

/** Whether an attestation's answer must link to evidence. */
public enum EvidenceRequirement implements Token {
    /** An answer counts only with an evidence link. */
    REQUIRED("required"),
    /** An evidence link may be given. */
    OPTIONAL("optional"),
    /** A yes or no is enough. */
    NONE("none");

    private final String id;

    EvidenceRequirement(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static EvidenceRequirement fromId(String id) {
        return Token.fromId(EvidenceRequirement.class, id);
    }
}
