package dev.tenet.benchmarks;

import dev.tenet.benchmarks.SyntheticPolicies.Tier;
import dev.tenet.benchmarks.SyntheticPolicy.Rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a policy library: {@code <principle>/<name>.yaml} per policy and {@code governance.yaml},
 * byte for byte the same on every run.
 */
final class LibraryWriter {

    private static final String[] STAGES = {"research", "policy", "engineering", "board"};

    private LibraryWriter() {
    }

    /**
     * Writes {@code count} policies cycling through the templates: the first round keeps the
     * templates' names, round {@code r} adds {@code -r}, so ids and attestation ids stay unique.
     *
     * @return the policies written
     */
    static List<SyntheticPolicy> write(Path folder, int count, int rulesPerPolicy) {
        return write(folder, count, rulesPerPolicy, false);
    }

    /**
     * Like {@link #write(Path, int, int)}; with {@code distinct}, every copy after the first round
     * gets its own expression texts ({@code (...) || meta.name == 'p12-r1'}, never true for the
     * sample designs), so that no two rules of the library share a text a compiler could reuse.
     */
    static List<SyntheticPolicy> write(Path folder, int count, int rulesPerPolicy, boolean distinct) {
        List<SyntheticPolicy> templates = SyntheticPolicies.templates();
        List<SyntheticPolicy> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SyntheticPolicy template = templates.get(i % templates.size());
            int round = i / templates.size();
            SyntheticPolicy policy = template.copy(round == 0 ? template.name() : template.name() + "-" + round,
                    rulesPerPolicy);
            write(folder.resolve(policy.principle()).resolve(policy.name() + ".yaml"), policyYaml(policy, i, distinct && round > 0));
            written.add(policy);
        }
        write(folder.resolve("governance.yaml"), governanceYaml());
        return written;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String policyYaml(SyntheticPolicy policy, int index, boolean distinct) {
        StringBuilder yaml = new StringBuilder()
                .append("apiVersion: tenet.dev/v1\nkind: Policy\nmetadata:\n")
                .append("  id: ").append(policy.id()).append('\n')
                .append("  title: Synthetic policy ").append(policy.name()).append('\n')
                .append("  version: 1.0.0\n  owner: benchmarks\n")
                .append("  principle: ").append(policy.principle()).append('\n')
                .append("spec:\n");
        if (!policy.appliesTo().isAlways()) {
            yaml.append("  appliesTo: ").append(quoted(policy.appliesTo().cel())).append('\n');
        }
        yaml.append("  enforcement: ").append(policy.enforcement()).append('\n')
                .append("  severity: ").append(policy.severity()).append('\n')
                .append("  rules:\n");
        for (Rule rule : policy.rules()) {
            String require = distinct ? "(" + rule.require().cel() + ") || meta.name == 'p" + index + "-" + rule.id() + "'"
                    : rule.require().cel();
            yaml.append("    - id: ").append(rule.id()).append('\n');
            if (!rule.appliesTo().isAlways()) {
                yaml.append("      appliesTo: ").append(quoted(rule.appliesTo().cel())).append('\n');
            }
            yaml.append("      require: ").append(quoted(require)).append('\n')
                    .append("      message: Rule ").append(rule.id()).append(" of ").append(policy.name())
                    .append(" does not hold.\n")
                    .append("      remediation: ")
                    .append(quoted("Change the design so that " + rule.require().cel() + " holds.")).append('\n');
        }
        return yaml.append("  attestations:\n")
                .append("    - id: ").append(policy.attestationId()).append('\n')
                .append("      stage: ").append(STAGES[index % STAGES.length]).append('\n')
                .append("      question: Has someone reviewed ").append(policy.name()).append(" for this workload?\n")
                .append("      evidence: optional\n")
                .toString();
    }

    private static String governanceYaml() {
        StringBuilder yaml = new StringBuilder("apiVersion: tenet.dev/v1\nkind: Governance\nmetadata: {name: default}\n"
                + "spec:\n  riskTiers:\n");
        for (Tier tier : SyntheticPolicies.tiers()) {
            yaml.append("    - {tier: ").append(tier.tier().id())
                    .append(", when: ").append(quoted(tier.when().cel())).append("}\n");
        }
        return yaml.append("""
                  stages:
                    - {id: research,    role: RESEARCH,    quorum: {low: 1, medium: 1, high: 2}}
                    - {id: policy,      role: POLICY,      quorum: {low: 1, medium: 1, high: 1}}
                    - {id: engineering, role: ENGINEERING, quorum: {low: 1, medium: 1, high: 1}}
                    - {id: board,       role: BOARD,       quorum: {high: 2}, tiers: [high]}
                  slaDays: {research: 5, policy: 5, engineering: 5, board: 10}
                """).toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
