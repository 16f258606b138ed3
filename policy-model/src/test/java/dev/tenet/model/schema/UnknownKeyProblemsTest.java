package dev.tenet.model.schema;

import dev.tenet.model.Kind;
import org.junit.jupiter.api.Test;

import static dev.tenet.model.schema.Documents.DESIGN_HEAD;
import static dev.tenet.model.schema.Documents.POLICY_HEAD;
import static dev.tenet.model.schema.Documents.report;
import static org.assertj.core.api.Assertions.assertThat;

class UnknownKeyProblemsTest {

    @Test
    void aMisspeltKeyIsReportedAtTheKeyWithTheKeyItProbablyMeant() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severty: high
                """)).containsExactly("test.yaml:11:3: unknown key 'severty' (did you mean 'severity'?)");
    }

    @Test
    void anUnknownKeyWithNoCloseNameListsTheAllowedKeys() {
        assertThat(report(Kind.POLICY, """
                apiVersion: tenet.dev/v1
                kind: Policy
                metadata:
                  id: privacy.encrypt-personal-data
                  title: Encrypt personal data
                  version: 1.0.0
                  owner: policy-team
                  principle: privacy-security
                  colour: blue
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:9:3: unknown key 'colour'; allowed keys: id, title, version, owner,"
                + " principle, description, lifecycle, references");
    }

    @Test
    void anUnknownKeyInsideAListItemIsReportedAtThatItemsKey() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  severity: high
                  rules:
                    - id: a
                      require: "true"
                      message: m
                      remediation: r
                    - id: b
                      require: "true"
                      message: m
                      remediation: r
                      severty: low
                """)).containsExactly("test.yaml:21:7: unknown key 'severty' (did you mean 'severity'?)");
    }

    @Test
    void anUnknownKeyInAFlowMappingIsReportedAtItsColumn() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  data:
                    encryption: {atRest: true, inTransti: true}
                """)).containsExactly("test.yaml:9:32: unknown key 'inTransti' (did you mean 'inTransit'?)");
    }

    @Test
    void aMisspeltTopLevelKeyIsNotAlsoReportedAsMissing() {
        assertThat(report(Kind.POLICY, """
                apiVersion: tenet.dev/v1
                kind: Policy
                metdata: {id: a.b, title: t, version: 1.0.0, owner: o, principle: fairness}
                spec: {enforcement: advisory, severity: low}
                """)).containsExactly("test.yaml:3:1: unknown key 'metdata' (did you mean 'metadata'?)");
    }

    @Test
    void aMissingKeyIsStillReportedWhenNoUnknownKeyLooksLikeIt() {
        assertThat(report(Kind.POLICY, POLICY_HEAD + """
                spec:
                  enforcement: advisory
                  colour: high
                """)).containsExactly(
                "test.yaml:10:3: missing required key 'severity' in spec",
                "test.yaml:11:3: unknown key 'colour'; allowed keys: appliesTo, enforcement, severity, rules, attestations");
    }

    @Test
    void anAttestationAnswerTakesOnlyAnswerAndEvidence() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  attestations:
                    legal-review: {answer: true, evidense: "https://wiki.example/legal"}
                """)).containsExactly("test.yaml:9:34: unknown key 'evidense' (did you mean 'evidence'?)");
    }

    @Test
    void extensionsAreTheOnlyFreeFormPartOfADesign() {
        assertThat(report(Kind.WORKLOAD_DESIGN, DESIGN_HEAD + """
                  extension: {costCentre: 4711}
                """)).containsExactly("test.yaml:8:3: unknown key 'extension' (did you mean 'extensions'?)");
    }
}
