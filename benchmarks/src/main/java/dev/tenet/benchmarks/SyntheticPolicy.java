package dev.tenet.benchmarks;

import java.util.List;
import java.util.Objects;

/**
 * A policy the benchmarks write into a generated library: the same shape as the shipped library's
 * (an {@code appliesTo}, a few rules, one attestation), each condition with its Java meaning.
 *
 * @param name        the file name, and the last segment of the id
 * @param group       the first segment of the id ({@code privacy} in {@code privacy.encrypt-personal-data})
 * @param principle   the principle, which is also the folder
 * @param enforcement advisory, soft-mandatory or hard-mandatory
 * @param severity    low, medium, high or critical
 * @param appliesTo   which designs the policy concerns
 * @param rules       its rules, in file order
 */
record SyntheticPolicy(String name, String group, String principle, String enforcement, String severity,
                       Condition appliesTo, List<Rule> rules) {

    SyntheticPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(appliesTo, "appliesTo");
        rules = List.copyOf(rules);
    }

    /** The policy's id: {@code group.name}. */
    String id() {
        return group + "." + name;
    }

    /** The id of the one attestation the policy asks. */
    String attestationId() {
        return name + "-review";
    }

    /** The same policy under another name, with its first {@code ruleCount} rules. */
    SyntheticPolicy copy(String newName, int ruleCount) {
        return new SyntheticPolicy(newName, group, principle, enforcement, severity, appliesTo,
                rules.subList(0, Math.min(ruleCount, rules.size())));
    }

    /**
     * A rule.
     *
     * @param id        unique within the policy
     * @param appliesTo its own condition, usually {@link Condition#always()}
     * @param require   what must hold
     */
    record Rule(String id, Condition appliesTo, Condition require) {

        Rule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(appliesTo, "appliesTo");
            Objects.requireNonNull(require, "require");
        }

        static Rule of(String id, Condition require) {
            return new Rule(id, Condition.always(), require);
        }
    }
}
