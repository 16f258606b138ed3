package dev.tenet.engine.library;

import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Small documents in the formats of DESIGN.md 2.1 to 2.4, with known line numbers so that tests can
 * name exact positions, and helpers to write them into a folder and load it.
 */
final class LibraryFixtures {

    /** Where things are in {@link #policy(String, String, String)}: metadata.id, the attestation's id and stage. */
    static final String POLICY_ID_AT = "4:7";
    static final String POLICY_KIND_AT = "2:7";
    static final String ATTESTATION_ID_AT = "18:11";
    static final String ATTESTATION_STAGE_AT = "19:14";

    /** Where things are in {@link #policyTest(String, String, String, String)}: spec.policy, the case, its design. */
    static final String TEST_POLICY_AT = "5:11";
    static final String TEST_DESIGN_AT = "8:15";

    static final String GOVERNANCE = """
            apiVersion: tenet.dev/v1
            kind: Governance
            metadata: {name: default}
            spec:
              riskTiers:
                - {tier: high,   when: "design.decisionImpact == 'high'"}
                - {tier: medium, when: "design.data.personal"}
                - {tier: low,    when: "true"}
              stages:
                - {id: research,    role: RESEARCH,    quorum: {low: 1, medium: 1, high: 2}}
                - {id: policy,      role: POLICY,      quorum: {low: 1, medium: 1, high: 1}}
                - {id: engineering, role: ENGINEERING, quorum: {low: 1, medium: 1, high: 1}}
                - {id: board,       role: BOARD,       quorum: {high: 2}, tiers: [high]}
              slaDays: {research: 5, policy: 5, engineering: 5, board: 10}
            """;

    private LibraryFixtures() {
    }

    /** A policy with one rule, {@code at-rest}, and no attestation. */
    static String policy(String id) {
        return """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: %s
                  title: A test policy
                  version: 1.0.0
                  owner: policy-team
                  principle: privacy-security
                spec:
                  enforcement: hard-mandatory
                  severity: high
                  rules:
                    - id: at-rest
                      require: design.data.encryption.atRest
                      message: Personal data is not encrypted at rest.
                      remediation: Encrypt every store that holds personal data.
                """.formatted(id);
    }

    /** A policy with rule {@code at-rest} and one attestation checked at {@code stage}. */
    static String policy(String id, String attestation, String stage) {
        return policy(id) + """
                  attestations:
                    - id: %s
                      stage: %s
                      question: Has legal counsel reviewed this workload?
                      evidence: required
                """.formatted(attestation, stage);
    }

    /** A policy test with one case reading {@code design} and expecting {@code expectKey: PASS}. */
    static String policyTest(String name, String policy, String design, String expectKey) {
        return """
                apiVersion: tenet.dev/v1
                kind: PolicyTest
                metadata: {name: %s}
                spec:
                  policy: %s
                  cases:
                    - name: the example passes
                      design: %s
                      expect: {%s: PASS}
                """.formatted(name, policy, design, expectKey);
    }

    /** A small low-impact design. */
    static String design(String name) {
        return """
                apiVersion: tenet.dev/v1
                kind: WorkloadDesign
                metadata: {name: %s, team: claims}
                spec:
                  description: A design for tests.
                  capabilities: [text-classification]
                  decisionImpact: low
                  data: {personal: true, encryption: {atRest: true, inTransit: true}}
                """.formatted(name);
    }

    /** The small library under {@code src/test/resources/library/basic}. */
    static Path basic() {
        try {
            return Path.of(Objects.requireNonNull(LibraryFixtures.class.getResource("/library/basic")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the small library into {@code target}. */
    static Path copyBasic(Path target) {
        try (Stream<Path> files = Files.walk(basic())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                write(target, basic().relativize(file).toString(), Files.readString(file));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file under {@code folder}, making its folders. */
    static Path write(Path folder, String path, String content) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a folder of the working tree. */
    static ReadResult<PolicyLibrary> load(Path folder) {
        return new LibraryLoader().load(LibrarySource.worktree(folder));
    }

    /** The problems as printed, with the folder's absolute prefix cut so they read like git paths. */
    static List<String> printed(ReadResult<?> result, Path base) {
        String prefix = base.toAbsolutePath() + "/";
        return result.problems().stream().map(Problem::toString).map(line -> line.replace(prefix, "")).toList();
    }
}
