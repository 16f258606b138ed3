package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

import static dev.tenet.engine.cli.Tenet.design;
import static dev.tenet.engine.cli.Tenet.library;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check --format}: each format is well-formed and carries the decisions. */
class CheckFormatsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Run check(String format, String... designs) {
        String[] args = new String[designs.length + 5];
        args[0] = "check";
        System.arraycopy(designs, 0, args, 1, designs.length);
        args[designs.length + 1] = "--policies";
        args[designs.length + 2] = library().toString();
        args[designs.length + 3] = "--format";
        args[designs.length + 4] = format;
        return Tenet.run(args);
    }

    @Test
    void jsonIsAnArrayWithOneEvaluationPerDesign() {
        Run run = check("json", design("passing"), design("unencrypted"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode evaluations = JSON.readTree(run.out());
        assertThat(evaluations.isArray()).isTrue();
        assertThat(evaluations).hasSize(2);
        assertThat(evaluations.get(0).get("design").get("name").asString()).isEqualTo("passing");
        assertThat(evaluations.get(0).get("decision").asString()).isEqualTo("PASS");
        assertThat(evaluations.get(1).get("decision").asString()).isEqualTo("BLOCKED");
        assertThat(evaluations.get(1).get("policyCommit").asString()).isEqualTo("worktree");
    }

    @Test
    void jsonFindingsCarryTheValuesTheRuleRead() {
        JsonNode finding = findings(JSON.readTree(check("json", design("unencrypted")).out()).get(0),
                "privacy.encrypt", "at-rest");

        assertThat(finding.get("outcome").asString()).isEqualTo("FAIL");
        assertThat(finding.get("enforcement").asString()).isEqualTo("hard-mandatory");
        assertThat(finding.get("values").get("design.data.encryption.atRest").asBoolean()).isFalse();
    }

    @Test
    void sarifIsVersion210WithTheResultAtTheDesignLineOfTheFieldTheRuleRead() {
        Run run = check("sarif", design("unencrypted"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("version").asString()).isEqualTo("2.1.0");
        JsonNode result = sarif.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asString()).isEqualTo("privacy.encrypt/at-rest");
        assertThat(result.get("level").asString()).isEqualTo("error");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asString()).endsWith("examples/unencrypted.yaml");
        // line 11 of unencrypted.yaml is "      atRest: false"
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(11);
    }

    @Test
    void junitIsWellFormedXmlWithOneTestcasePerRule() throws Exception {
        Run run = check("junit", design("unencrypted"));

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(run.out())));
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("testsuites");
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element atRest = testcase(cases, "privacy.encrypt", "at-rest");
        assertThat(atRest.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(testcase(cases, "privacy.encrypt", "in-transit").getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void textIsTheDefault() {
        Run byDefault = Tenet.run("check", design("unencrypted"), "--policies", library().toString());

        assertThat(byDefault.out()).startsWith("unencrypted (").contains("BLOCKED")
                .isEqualTo(check("text", design("unencrypted")).out());
    }

    @Test
    void formatNamesAreNotCaseSensitive() {
        assertThat(JSON.readTree(check("JSON", design("passing")).out()).isArray()).isTrue();
    }

    private static Element testcase(NodeList cases, String classname, String name) {
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getAttribute("classname").equals(classname) && testcase.getAttribute("name").equals(name)) {
                return testcase;
            }
        }
        throw new AssertionError("no testcase " + classname + "/" + name);
    }

    private static JsonNode findings(JsonNode evaluation, String policy, String rule) {
        for (JsonNode finding : evaluation.get("findings")) {
            if (finding.get("policy").asString().equals(policy) && finding.get("rule").asString().equals(rule)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + policy + "/" + rule + " in " + evaluation);
    }
}
