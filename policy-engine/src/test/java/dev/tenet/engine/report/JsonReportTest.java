package dev.tenet.engine.report;

import dev.tenet.engine.GoldenFiles;
import dev.tenet.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check --format json}: the API's Evaluation shape per design. */
class JsonReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonReport report = new JsonReport();

    @Test
    void matchesTheGoldenFile() {
        GoldenFiles.in("report").assertMatches("check.golden.json", report.render(SampleDesigns.all()));
    }

    @Test
    void singleEvaluationMatchesTheGoldenFile() {
        GoldenFiles.in("report").assertMatches("evaluation.golden.json", JsonReport.evaluationJson(SampleDesigns.claimsTriage().evaluation()));
    }

    @Test
    void printsAnArrayWithOneObjectPerDesignInTheOrderGiven() {
        JsonNode root = parse(report.render(SampleDesigns.all()));

        assertThat(root.isArray()).isTrue();
        assertThat(root.findValuesAsString("file")).containsExactly(
                "policies/examples/claims-triage.yaml", "designs\\chat assistant.yaml", "./designs/batch-forecast.yaml");
    }

    @Test
    void printsAnArrayEvenForOneDesign() {
        JsonNode root = parse(report.render(List.of(SampleDesigns.batchForecast())));

        assertThat(root.isArray()).isTrue();
        assertThat(root.size()).isEqualTo(1);
    }

    @Test
    void printsAnEmptyArrayForNoDesigns() {
        assertThat(report.render(List.of())).isEqualTo("[]\n");
    }

    @Test
    void keysFollowTheApiShapeWithTheDesignFirst() {
        JsonNode design = parse(report.render(List.of(SampleDesigns.claimsTriage()))).get(0);

        assertThat(names(design)).containsExactly("design", "policyCommit", "tier", "decision", "findings", "attestations");
        assertThat(names(design.get("design"))).containsExactly("file", "name", "team");
        assertThat(names(design.get("findings").get(0))).containsExactly("policy", "policyVersion", "principle", "rule",
                "outcome", "enforcement", "severity", "message", "remediation", "detail", "values", "location");
        assertThat(names(design.get("attestations").get(0))).containsExactly("id", "policy", "stage", "question",
                "status", "answer", "evidence", "evidenceRequired");
    }

    @Test
    void writesTokensAsDocumentsDoAndVerdictsInUpperCase() {
        JsonNode design = parse(report.render(List.of(SampleDesigns.claimsTriage()))).get(0);
        JsonNode finding = design.get("findings").get(0);

        assertThat(design.get("tier").asString()).isEqualTo("high");
        assertThat(design.get("decision").asString()).isEqualTo("BLOCKED");
        assertThat(finding.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(finding.get("enforcement").asString()).isEqualTo("hard-mandatory");
        assertThat(finding.get("principle").asString()).isEqualTo("privacy-security");
        assertThat(design.get("attestations").get(1).get("status").asString()).isEqualTo("EVIDENCE_MISSING");
    }

    @Test
    void writesAValueTheDesignDoesNotSetAsNull() {
        JsonNode values = parse(report.render(List.of(SampleDesigns.claimsTriage()))).get(0)
                .get("findings").get(2).get("values");

        assertThat(values.has("design.data.retentionDays")).isTrue();
        assertThat(values.get("design.data.retentionDays").isNull()).isTrue();
        assertThat(values.get("design.data.personal").asBoolean()).isTrue();
    }

    @Test
    void onlyAWaivedFindingCarriesItsWaiver() {
        JsonNode findings = parse(report.render(List.of(SampleDesigns.claimsTriage()))).get(0).get("findings");
        List<JsonNode> withWaiver = new ArrayList<>();
        findings.forEach(finding -> {
            if (finding.has("waiver")) {
                withWaiver.add(finding);
            }
        });

        assertThat(withWaiver).singleElement().satisfies(finding -> {
            assertThat(finding.get("outcome").asString()).isEqualTo("WAIVED");
            assertThat(names(finding.get("waiver"))).containsExactly("justification", "expires", "approver");
            assertThat(finding.get("waiver").get("expires").asString()).isEqualTo("2026-03-31");
        });
    }

    @Test
    void specialCharactersSurviveARoundTrip() {
        JsonNode finding = parse(report.render(List.of(SampleDesigns.chatAssistant()))).get(0).get("findings").get(0);

        assertThat(finding.get("message").asString())
                .isEqualTo(SampleDesigns.chatAssistant().evaluation().findings().get(0).message());
        assertThat(finding.get("remediation").asString()).contains("\u001b[31m", "\t", "\u0001");
    }

    @Test
    void evaluationTreeIsWhatTheWebApiSerialises() {
        Evaluation evaluation = SampleDesigns.claimsTriage().evaluation();
        ObjectNode checked = (ObjectNode) parse(report.render(List.of(SampleDesigns.claimsTriage()))).get(0);
        checked.remove("design");

        assertThat(JsonReport.evaluation(evaluation).keySet())
                .containsExactly("policyCommit", "tier", "decision", "findings", "attestations");
        assertThat(parse(JsonReport.evaluationJson(evaluation))).isEqualTo(checked);
    }

    private static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }
}
