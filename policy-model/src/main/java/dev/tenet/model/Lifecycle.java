package dev.tenet.model;

/** The four stages of responsible generative-AI work a policy belongs to. */
public enum Lifecycle implements Token {
    /** Identify the potential harms of the planned solution. */
    IDENTIFY("identify"),
    /** Measure how often those harms appear in its outputs. */
    MEASURE("measure"),
    /** Mitigate the harms at several layers and tell users about the risks. */
    MITIGATE("mitigate"),
    /** Operate the solution with a deployment and operational readiness plan. */
    OPERATE("operate");

    private final String id;

    Lifecycle(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The constant written as {@code id} in a document, as the schema allows it. */
    public static Lifecycle fromId(String id) {
        return Token.fromId(Lifecycle.class, id);
    }
}
