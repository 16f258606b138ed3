package dev.tenet.engine.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every format gives the same bytes for the same designs, with {@code \n} line endings. */
class ReportDeterminismTest {

    static List<Report> reports() {
        return List.of(new TextReport(false), new TextReport(true), new JsonReport(), new SarifReport("0.1.0"),
                new JUnitReport());
    }

    @ParameterizedTest
    @MethodSource("reports")
    void repeatedRunsGiveTheSameBytes(Report report) throws Exception {
        byte[] first = bytes(report);

        for (int i = 0; i < 5; i++) {
            assertThat(bytes(report)).isEqualTo(first);
        }
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("\n");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void writesUtf8(Report report) throws Exception {
        assertThat(new String(bytes(report), StandardCharsets.UTF_8)).contains("café", "☕", "日本語");
    }

    @org.junit.jupiter.api.Test
    void valuesWithoutAnOrderOfTheirOwnAreSorted() {
        assertThat(Json.compact(Map.of("b", 1, "a", Set.of("y", "x")))).isEqualTo("{\"a\":[\"x\",\"y\"],\"b\":1}");
        assertThat(Json.compact(new TreeMap<>(Map.of("z", Double.NaN)))).isEqualTo("{\"z\":\"NaN\"}");
    }

    private static byte[] bytes(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.write(SampleDesigns.all(), out);
        return out.toByteArray();
    }
}
