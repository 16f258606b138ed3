package dev.tenet.engine.report;

import dev.tenet.engine.GoldenFiles;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.tenet.model.Enforcement;
import dev.tenet.model.Principle;
import dev.tenet.model.RiskTier;
import dev.tenet.model.Severity;
import dev.tenet.model.SourceMap;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.model.evaluation.Outcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check --format sarif}: SARIF 2.1.0 for code scanning. */
class SarifReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final SarifReport report = new SarifReport("0.1.0");

    @Test
    void matchesTheGoldenFile() {
        GoldenFiles.in("report").assertMatches("check.golden.sarif", report.render(SampleDesigns.all()));
    }

    @Test
    void conformsToTheEssentialSarifRules() {
        Schema schema = sarifSubset();

        assertThat(schema.validate(report.render(SampleDesigns.all()), InputFormat.JSON)).isEmpty();
        assertThat(schema.validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"x\"}}, "
                + "\"results\": [{\"mesage\": {\"text\": \"a\"}}]}]}", InputFormat.JSON))
                .as("the schema catches a misspelt key").isNotEmpty();
    }

    @Test
    void everyResultNamesItsRuleByIdAndByIndex() {
        JsonNode run = run(SampleDesigns.all());
        JsonNode rules = run.at("/tool/driver/rules");

        assertThat(results(run)).isNotEmpty().allSatisfy(result ->
                assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                        .isEqualTo(result.get("ruleId").asString()));
    }

    @Test
    void describesEachPolicyRuleOfAnyFindingOnce() {
        JsonNode rules = run(SampleDesigns.all()).at("/tool/driver/rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").asString()));

        assertThat(ids).doesNotHaveDuplicates().hasSize(12)
                .contains("privacy.encrypt-personal-data/at-rest", "security.authentication/authenticated");
    }

    @Test
    void reportsFailuresErrorsAndWaiversButNotPassesOrRulesThatDoNotApply() {
        List<String> outcomes = results(run(List.of(SampleDesigns.claimsTriage()))).stream()
                .map(result -> result.at("/properties/outcome").asString()).toList();

        assertThat(outcomes).containsExactly("FAIL", "FAIL", "FAIL", "WAIVED", "FAIL", "ERROR");
    }

    @Test
    void levelFollowsEnforcement() {
        JsonNode run = run(List.of(SampleDesigns.claimsTriage()));

        assertThat(results(run).stream().map(result -> result.get("level").asString()))
                .containsExactly("error", "warning", "warning", "warning", "note", "error");
        assertThat(run.at("/tool/driver/rules/0/defaultConfiguration/level").asString()).isEqualTo("error");
    }

    @Test
    void aWaivedFailureIsAnAcceptedExternalSuppression() {
        JsonNode waived = results(run(List.of(SampleDesigns.claimsTriage()))).get(3);

        assertThat(waived.at("/suppressions/0/kind").asString()).isEqualTo("external");
        assertThat(waived.at("/suppressions/0/status").asString()).isEqualTo("accepted");
        assertThat(waived.at("/suppressions/0/justification").asString())
                .isEqualTo("Pilot with internal users only; disclosure ships in v2.");
        assertThat(results(run(List.of(SampleDesigns.claimsTriage()))).get(0).has("suppressions")).isFalse();
    }

    @Test
    void pointsWhereTheFirstValueTheDesignDoesNotSetWouldGo() {
        JsonNode retention = results(run(List.of(SampleDesigns.claimsTriage()))).get(1);

        assertThat(retention.at("/properties/field").asString()).isEqualTo("design.data.retentionDays");
        assertThat(region(retention)).isEqualTo("12:5");
    }

    @Test
    void pointsAtTheFirstFalseValueWhenTheDesignSetsThemAll() {
        JsonNode oversight = results(run(List.of(SampleDesigns.claimsTriage()))).get(2);

        assertThat(oversight.at("/properties/field").asString()).isEqualTo("design.humanOversight.humanInTheLoop");
        assertThat(region(oversight)).isEqualTo("20:37");
    }

    @Test
    void pointsAtTheSpecWhenTheRuleReadNothing() {
        JsonNode error = results(run(List.of(SampleDesigns.claimsTriage()))).get(5);

        assertThat(error.at("/properties/field").asString()).isEqualTo("spec");
        assertThat(region(error)).isEqualTo("7:3");
    }

    @Test
    void pointsAtTheFirstLineWhenTheDesignHasNoPositions() {
        Finding failure = SampleDesigns.finding("privacy.p", Principle.PRIVACY_SECURITY, "r", Outcome.FAIL,
                Enforcement.HARD_MANDATORY, Severity.LOW, "Fails.", "", "", Map.of(), "");
        CheckedDesign checked = SampleDesigns.checked("d.yaml", "d", "t", SourceMap.none("d.yaml"),
                new Evaluation("worktree", RiskTier.LOW, List.of(failure), List.of()));

        assertThat(region(results(run(List.of(checked))).get(0))).isEqualTo("1:1");
    }

    @Test
    void pointsAtTheRuleInItsPolicyFileAsARelatedLocation() {
        JsonNode failure = results(run(List.of(SampleDesigns.claimsTriage()))).get(0);

        assertThat(failure.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("policies/privacy-security/encrypt-personal-data.yaml");
        assertThat(failure.at("/relatedLocations/0/physicalLocation/region/startLine").asInt()).isEqualTo(22);
    }

    @Test
    void writesFileUrisWithForwardSlashesRelativeToTheSourceRoot() {
        JsonNode artifact = results(run(List.of(SampleDesigns.chatAssistant()))).get(0)
                .at("/locations/0/physicalLocation/artifactLocation");

        assertThat(artifact.get("uri").asString()).isEqualTo("designs/chat%20assistant.yaml");
        assertThat(artifact.get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
        assertThat(SarifLocations.artifact("./x/y.yaml")).isEqualTo(Map.of("uri", "x/y.yaml", "uriBaseId", "%SRCROOT%"));
        assertThat(SarifLocations.artifact("/home/erin/d é.yaml")).isEqualTo(Map.of("uri", "file:///home/erin/d%20%C3%A9.yaml"));
        assertThat(SarifLocations.artifact("C:\\work\\d.yaml")).isEqualTo(Map.of("uri", "file:///C:/work/d.yaml"));
    }

    @Test
    void fingerprintsDependOnTheDesignAndRuleNotTheLine() {
        CheckedDesign claims = SampleDesigns.claimsTriage();
        Finding finding = claims.evaluation().findings().get(0);
        CheckedDesign moved = SampleDesigns.checked("elsewhere.yaml", "claims-triage", "claims",
                SourceMap.none("elsewhere.yaml"), claims.evaluation());
        CheckedDesign other = SampleDesigns.checked("elsewhere.yaml", "claims-intake", "claims",
                SourceMap.none("elsewhere.yaml"), claims.evaluation());

        assertThat(SarifReport.fingerprint(moved, finding)).isEqualTo(SarifReport.fingerprint(claims, finding))
                .hasSize(64);
        assertThat(SarifReport.fingerprint(other, finding)).isNotEqualTo(SarifReport.fingerprint(claims, finding));
    }

    @Test
    void securitySeverityFollowsTheRulesSeverity() {
        assertThat(List.of(Severity.values()).stream().map(SarifRules::securitySeverity))
                .containsExactly("3.0", "5.5", "8.0", "9.5");
        assertThat(run(List.of(SampleDesigns.claimsTriage())).at("/tool/driver/rules/0/properties/security-severity")
                .asString()).isEqualTo("8.0");
    }

    @Test
    void describesARuleFromAFindingThatIsNotAnErrorWhenThereIsOne() {
        Finding error = SampleDesigns.finding("privacy.p", Principle.PRIVACY_SECURITY, "r", Outcome.ERROR,
                Enforcement.HARD_MANDATORY, Severity.LOW, "no such key: x", "", "", Map.of(), "");
        Finding failure = SampleDesigns.finding("privacy.p", Principle.PRIVACY_SECURITY, "r", Outcome.FAIL,
                Enforcement.HARD_MANDATORY, Severity.LOW, "The thing is missing.", "", "", Map.of(), "");
        List<CheckedDesign> designs = List.of(
                SampleDesigns.checked("a.yaml", "a", "t", SourceMap.none("a.yaml"),
                        new Evaluation("worktree", RiskTier.LOW, List.of(error), List.of())),
                SampleDesigns.checked("b.yaml", "b", "t", SourceMap.none("b.yaml"),
                        new Evaluation("worktree", RiskTier.LOW, List.of(failure), List.of())));

        assertThat(run(designs).at("/tool/driver/rules/0/shortDescription/text").asString())
                .isEqualTo("The thing is missing.");
    }

    private JsonNode run(List<CheckedDesign> designs) {
        return MAPPER.readTree(report.render(designs)).get("runs").get(0);
    }

    private static List<JsonNode> results(JsonNode run) {
        List<JsonNode> results = new ArrayList<>();
        run.get("results").forEach(results::add);
        return results;
    }

    private static String region(JsonNode result) {
        JsonNode region = result.at("/locations/0/physicalLocation/region");
        return region.get("startLine").asInt() + ":" + region.get("startColumn").asInt();
    }

    private static Schema sarifSubset() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(config));
        Schema schema = registry.getSchema(SchemaLocation.of("https://tenet.dev/test/sarif-2.1.0-subset.schema.json"),
                GoldenFiles.in("report").resource("sarif-2.1.0-subset.schema.json"), InputFormat.JSON);
        schema.initializeValidators();
        return schema;
    }
}
