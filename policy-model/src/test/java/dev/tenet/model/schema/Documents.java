package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.TreeNode;
import dev.tenet.model.yaml.YamlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds trees from YAML text and validates them, for the schema tests. */
final class Documents {

    static final String FILE = "test.yaml";

    /** The head of a valid policy: apiVersion, kind and metadata, lines 1 to 8. */
    static final String POLICY_HEAD = """
            apiVersion: tenet.dev/v1
            kind: Policy
            metadata:
              id: privacy.encrypt-personal-data
              title: Encrypt personal data
              version: 1.0.0
              owner: policy-team
              principle: privacy-security
            """;

    /** The head of a valid design, lines 1 to 7: add more of the spec below it. */
    static final String DESIGN_HEAD = """
            apiVersion: tenet.dev/v1
            kind: WorkloadDesign
            metadata: {name: claims-triage, team: claims}
            spec:
              description: Routes claims.
              capabilities: [text-classification]
              decisionImpact: high
            """;

    private Documents() {
    }

    static TreeNode parse(String yaml) {
        ReadResult<TreeNode> read = new YamlReader().read(FILE, yaml);
        assertThat(read.problems()).as("the test's YAML must read cleanly").isEmpty();
        return read.value();
    }

    static String resource(String name) {
        try (InputStream in = Documents.class.getResourceAsStream("/schema/" + name)) {
            assertThat(in).as("test resource schema/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Problem> validate(Kind kind, String yaml) {
        return SchemaValidator.forKind(kind).validate(FILE, parse(yaml));
    }

    /** Each problem as it prints: {@code test.yaml:3:5: message}. */
    static List<String> report(Kind kind, String yaml) {
        return validate(kind, yaml).stream().map(Problem::toString).toList();
    }
}
