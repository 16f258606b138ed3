package dev.tenet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Responsible-AI policy: rules the engine checks against a design and attestations that people
 * answer, with one enforcement level and severity for all of its rules.
 *
 * @param metadata     id, version, principle and sources
 * @param appliesTo    which designs the policy concerns; {@link Expression#always} when it says nothing
 * @param enforcement  how its failures affect the decision
 * @param severity     how serious its failures are (a rule may raise or lower its own)
 * @param rules        the checks, in file order
 * @param attestations the checklist questions, in file order
 * @param source       the file it was read from
 */
public record Policy(PolicyMetadata metadata, Expression appliesTo, Enforcement enforcement, Severity severity,
                     List<Rule> rules, List<Attestation> attestations, SourceMap source) implements Document {

    public Policy {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(enforcement, "enforcement");
        Objects.requireNonNull(severity, "severity");
        rules = List.copyOf(rules);
        attestations = List.copyOf(attestations);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Kind kind() {
        return Kind.POLICY;
    }

    /** The policy's id. */
    public String id() {
        return metadata.id();
    }

    /** The rule with this id. */
    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }
}
