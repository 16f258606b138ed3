package dev.tenet.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of document Tenet reads, each with the JSON Schema that validates it
 * ({@code schemas/<schemaName>.schema.json} on the class path, shipped for editors too).
 */
public enum Kind {
    /** A Responsible-AI policy: rules and attestations. */
    POLICY("Policy", "policy"),
    /** An AI workload described by its engineers. */
    WORKLOAD_DESIGN("WorkloadDesign", "workload-design"),
    /** Test cases for a policy, or for the whole library. */
    POLICY_TEST("PolicyTest", "policy-test"),
    /** Risk tiers, review stages, quorum and SLA: the workflow as code. */
    GOVERNANCE("Governance", "governance"),
    /** Waivers granted to a design, as input to a check. */
    WAIVERS("Waivers", "waivers");

    /** The only apiVersion this release reads. */
    public static final String API_VERSION = "tenet.dev/v1";

    private final String kindName;
    private final String schemaName;

    Kind(String kindName, String schemaName) {
        this.kindName = kindName;
        this.schemaName = schemaName;
    }

    /** The name written in a document's {@code kind:} field. */
    public String kindName() {
        return kindName;
    }

    /** The schema's base name: {@code schemas/<schemaName>.schema.json}. */
    public String schemaName() {
        return schemaName;
    }

    /** The class-path resource of this kind's JSON Schema. */
    public String schemaResource() {
        return "schemas/" + schemaName + ".schema.json";
    }

    /** The kind written as {@code name}, exactly. */
    public static Optional<Kind> byName(String name) {
        return Arrays.stream(values()).filter(k -> k.kindName.equals(name)).findFirst();
    }
}
