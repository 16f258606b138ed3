package dev.tenet.engine.cli;

import dev.tenet.engine.cli.Tenet.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenet test}: the summary is the last line, a failing case names its place and reason. */
class TestCommandTest {

    @TempDir
    Path dir;

    /** The fixture library with one more test file, whose second case expects the wrong outcome. */
    private Path libraryWithAFailingCase() throws IOException {
        Path library = Tenet.copyOfLibrary(dir.resolve("policies"));
        Files.copy(Tenet.resource("failing_test.yaml"), library.resolve("privacy/wrong_test.yaml"));
        return library;
    }

    @Test
    void aPassingLibraryExitsZeroWithTheCountsAsItsOnlyLine() {
        Run run = Tenet.run("test", Tenet.library().toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("5 passed, 0 failed\n");
    }

    @Test
    void aFailingCaseExitsOneWithItsFileLineColumnAndReason() throws IOException {
        Path library = libraryWithAFailingCase();

        Run run = Tenet.run("test", library.toString());

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).startsWith("FAIL " + library.resolve("privacy/wrong_test.yaml") + ":10:7"
                        + " this case expects the wrong outcome\n"
                        + "     at-rest: expected PASS, got FAIL (design.data.encryption.atRest is false)\n");
        assertThat(run.lastLine()).isEqualTo("6 passed, 1 failed");
    }

    @Test
    void runOnlyRunsTheCasesWhoseTestOrCaseNameMatches() throws IOException {
        Path library = libraryWithAFailingCase();

        Run failing = Tenet.run("test", library.toString(), "--run", "wrong");
        Run none = Tenet.run("test", library.toString(), "--run", "no-such-policy");

        assertThat(failing.exit()).as(failing.toString()).isEqualTo(1);
        assertThat(failing.lastLine()).isEqualTo("1 passed, 1 failed");
        assertThat(none.exit()).as(none.toString()).isZero();
        assertThat(none.lastLine()).isEqualTo("0 passed, 0 failed");
    }

    @Test
    void anInvalidRunPatternIsBadInput() {
        Run run = Tenet.run("test", Tenet.library().toString(), "--run", "(");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("tenet test: --run: '(' is not a regular expression: Unclosed group")
                .doesNotContain("Exception");
    }

    @Test
    void jsonCountsAndListsEveryCase() throws IOException {
        Run run = Tenet.run("test", libraryWithAFailingCase().toString(), "--format", "json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        JsonNode results = JsonMapper.builder().build().readTree(run.out());
        assertThat(results.get("passed").asInt()).isEqualTo(6);
        assertThat(results.get("failed").asInt()).isEqualTo(1);
        assertThat(results.get("cases")).hasSize(7);
    }

    @Test
    void junitIsWellFormedXmlWithOneTestcasePerCase() throws Exception {
        Run run = Tenet.run("test", libraryWithAFailingCase().toString(), "--format", "junit");

        assertThat(run.exit()).as(run.toString()).isEqualTo(1);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(run.out())));
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("7");
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(7);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
    }

    @Test
    void anEmptyFolderIsBadInput() throws IOException {
        Run run = Tenet.run("test", Files.createDirectory(dir.resolve("empty")).toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no YAML files under " + dir.resolve("empty"));
    }
}
