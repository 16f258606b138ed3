package dev.tenet.engine.expression;

import dev.tenet.model.Policy;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.Rule;
import dev.tenet.model.read.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Paths that name a field the WorkloadDesign schema does not have are problems at that field. */
class FieldCatalogTest {

    private static final String FILE = "policies/privacy-security/misspelt-fields.yaml";
    private static final FieldCatalog CATALOG = FieldCatalog.workloadDesign();
    private static String text;
    private static Policy policy;

    @BeforeAll
    static void readPolicy() throws IOException {
        try (InputStream in = FieldCatalogTest.class.getResourceAsStream("/expression/privacy-security/misspelt-fields.yaml")) {
            byte[] bytes = in.readAllBytes();
            text = new String(bytes, StandardCharsets.UTF_8);
            policy = new DocumentReader().read(FILE, bytes, Policy.class).value();
        }
    }

    @Test
    void unknownFieldIsReportedAtItsNameWithDidYouMean() {
        assertThat(problems("misspelt-section-field")).extracting(Problem::toString).containsExactly(
                FILE + ":15:28: unknown field 'encrypton' in design.data (did you mean 'encryption'?)");
    }

    @Test
    void guardedPathIsCheckedToo() {
        assertThat(problems("misspelt-guarded")).extracting(Problem::position, Problem::message).containsExactly(
                tuple(new Position(19, 38),
                        "unknown field 'rbca' in design.security (did you mean 'rbac'?)"));
    }

    @Test
    void unknownFieldOnALaterLineOfABlockScalarIsPlacedExactly() {
        assertThat(problems("misspelt-in-block")).extracting(Problem::position).containsExactly(new Position(25, 36));
    }

    @Test
    void unknownMetadataFieldIsReported() {
        assertThat(problems("misspelt-meta")).extracting(Problem::message)
                .containsExactly("unknown field 'teem' in meta (did you mean 'team'?)");
    }

    @Test
    void fieldOfAValueThatHasNoFieldsIsReported() {
        assertThat(problems("field-of-a-boolean")).extracting(Problem::message)
                .containsExactly("design.data.personal is a boolean and has no field 'value'");
    }

    @Test
    void extensionsAndAttestationIdsAreOpen() {
        assertThat(problems("open-sections")).isEmpty();
    }

    @Test
    void attestationAnswerHasOnlyTheFieldsTheSchemaGivesIt() {
        assertThat(problems("misspelt-attestation-answer")).extracting(Problem::message).containsExactly(
                "unknown field 'answr' in design.attestations['legal-review'] (did you mean 'answer'?)");
    }

    @Test
    void appliesToIsCheckedLikeARule() {
        CompiledExpression appliesTo = Rules.COMPILER.compile(FILE, policy.appliesTo(), text).value();

        assertThat(CATALOG.check(FILE, appliesTo)).isEmpty();
    }

    @Test
    void unknownFieldFarFromAnyKnownOneHasNoHint() {
        assertThat(CATALOG.check("p.yaml", Rules.compiled("design.quantumFlux"))).extracting(Problem::message)
                .containsExactly("unknown field 'quantumFlux' in design");
    }

    @Test
    void everyFieldOfTheExampleDesignIsKnown() {
        String everyField = "design.description != '' && size(design.capabilities) > 0 && design.decisionImpact != ''"
                + " && design.data.sensitiveCategories.size() >= 0 && design.data.consent != '' && design.data.retentionDays > 0"
                + " && design.data.encryption.inTransit && design.data.anonymization && design.data.rightToBeForgotten"
                + " && design.data.optOut && design.humanOversight.confirmBeforeAction && design.transparency.disclosure"
                + " && design.transparency.confidenceShown && design.transparency.explanations"
                + " && design.transparency.sourcesCited && design.transparency.decisionLog"
                + " && design.fairness.subgroupEvaluation && design.fairness.representativeData"
                + " && design.evaluation.realWorldTesting && design.evaluation.confidenceThreshold > 0"
                + " && design.evaluation.harmsMeasured && design.security.authentication && design.security.anonymousEndpoints"
                + " && design.security.inputInspection && design.security.outputModeration && design.security.threatModel"
                + " && design.security.redTeaming && design.operations.monitoring && design.operations.feedbackChannel != ''"
                + " && design.operations.incidentResponse && design.operations.rollbackPlan && meta.name != meta.owner";

        assertThat(CATALOG.check("p.yaml", Rules.compiled(everyField))).isEmpty();
    }

    private static List<Problem> problems(String ruleId) {
        Rule rule = policy.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow();
        return CATALOG.check(FILE, Rules.COMPILER.compile(FILE, rule.require(), text).value());
    }
}
