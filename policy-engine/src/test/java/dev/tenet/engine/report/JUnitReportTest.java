package dev.tenet.engine.report;

import dev.tenet.engine.GoldenFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet check --format junit}: JUnit XML whose result matches the exit code. */
class JUnitReportTest {

    private final JUnitReport report = new JUnitReport();

    @Test
    void matchesTheGoldenFile() {
        GoldenFiles.in("report").assertMatches("check.golden.xml", report.render(SampleDesigns.all()));
    }

    @Test
    void isWellFormedXmlWithASuitePerDesignAndACasePerFinding() throws Exception {
        Document xml = parse(report.render(SampleDesigns.all()));
        NodeList suites = xml.getElementsByTagName("testsuite");

        assertThat(suites.getLength()).isEqualTo(3);
        assertThat(((Element) suites.item(1)).getAttribute("name")).isEqualTo("designs\\chat assistant.yaml");
        assertThat(((Element) suites.item(0)).getElementsByTagName("testcase").getLength()).isEqualTo(9);
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("14");
    }

    @Test
    void countsFailuresErrorsAndSkipsAsCiToolsDo() throws Exception {
        Element claims = suite(report.render(List.of(SampleDesigns.claimsTriage())), 0);

        assertThat(claims.getAttribute("tests")).isEqualTo("9");
        assertThat(claims.getAttribute("failures")).isEqualTo("3");
        assertThat(claims.getAttribute("errors")).isEqualTo("1");
        assertThat(claims.getAttribute("skipped")).isEqualTo("2");
        assertThat(claims.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(claims.getElementsByTagName("error").getLength()).isEqualTo(1);
    }

    @Test
    void aFailureNamesItsEnforcementAndExplainsItself() throws Exception {
        Element failure = (Element) suite(report.render(List.of(SampleDesigns.claimsTriage())), 0)
                .getElementsByTagName("failure").item(0);

        assertThat(failure.getAttribute("type")).isEqualTo("hard-mandatory");
        assertThat(failure.getAttribute("message")).isEqualTo("Personal data is not encrypted at rest.");
        assertThat(failure.getTextContent()).contains(
                "Fix: Encrypt every store that holds personal data.",
                "Values: design.data.encryption.atRest is false",
                "Design: policies/examples/claims-triage.yaml:16:26 (design.data.encryption.atRest)",
                "Rule: policies/privacy-security/encrypt-personal-data.yaml:22:7");
    }

    @Test
    void advisoryFailuresAndErrorsPassWithTheAdviceInSystemOut() throws Exception {
        Element chat = suite(report.render(List.of(SampleDesigns.chatAssistant())), 0);

        assertThat(chat.getAttribute("failures")).isEqualTo("0");
        assertThat(chat.getAttribute("errors")).isEqualTo("0");
        Element readable = (Element) chat.getElementsByTagName("testcase").item(0);
        assertThat(readable.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("Advice (advisory, never blocks): Answers use \"jargon\" <b>& acronyms</b>");
        Element alerts = (Element) chat.getElementsByTagName("testcase").item(1);
        assertThat(alerts.getElementsByTagName("system-out").item(0).getTextContent()).startsWith("Could not evaluate (advisory, never blocks): division by zero");
    }

    @Test
    void waivedAndNotApplicableRulesAreSkippedWithTheReason() throws Exception {
        NodeList skipped = suite(report.render(List.of(SampleDesigns.claimsTriage())), 0)
                .getElementsByTagName("skipped");

        assertThat(((Element) skipped.item(0)).getAttribute("message"))
                .isEqualTo("waived until 2026-03-31 by pat: Pilot with internal users only; disclosure ships in v2.");
        assertThat(((Element) skipped.item(1)).getAttribute("message"))
                .isEqualTo("Not applicable: appliesTo design.decisionImpact == 'low' is false");
    }

    @Test
    void keepsLineBreaksInAttributesAndDropsCharactersXmlCannotHold() throws Exception {
        String xml = report.render(List.of(SampleDesigns.chatAssistant()));

        assertThat(xml).doesNotContain("\u0001", "\u001b");
        assertThat(XmlWriter.escape("a\nb\"<&>\u0000\ud800", true)).isEqualTo("a&#10;b&quot;&lt;&amp;&gt;");
        assertThat(XmlWriter.escape("a\nb\"", false)).isEqualTo("a\nb\"");
    }

    @Test
    void listsOpenAttestationsInTheSuitesOutput() throws Exception {
        Element claims = suite(report.render(List.of(SampleDesigns.claimsTriage())), 0);
        NodeList outputs = claims.getElementsByTagName("system-out");
        String suiteOut = outputs.item(outputs.getLength() - 1).getTextContent();

        assertThat(suiteOut).contains("policy: legal-review MISSING - Has legal counsel reviewed this workload?",
                "board: red-team DECLINED").doesNotContain("threat-model");
    }

    private static Element suite(String xml, int index) throws Exception {
        return (Element) parse(xml).getElementsByTagName("testsuite").item(index);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
