package dev.tenet.engine.report;

import dev.tenet.engine.testing.CaseResult;
import dev.tenet.engine.testing.TestResults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The results of {@code tenet test} for CI: JSON, or JUnit XML with one test suite per test file. */
public final class TestResultsReport {

    private TestResultsReport() {
    }

    /** {@code {commit, passed, failed, cases:[{file, test, name, location, passed, failures}]}}. */
    public static String json(TestResults results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("commit", results.commit());
        root.put("passed", results.passed());
        root.put("failed", results.failed());
        List<Object> cases = new ArrayList<>();
        for (CaseResult result : results.cases()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", result.file());
            item.put("test", result.test());
            item.put("name", result.name());
            item.put("location", result.location());
            item.put("passed", result.passed());
            item.put("failures", result.failures());
            cases.add(item);
        }
        root.put("cases", cases);
        return Json.pretty(root);
    }

    /** JUnit XML: a {@code <testsuite>} per test file, a {@code <testcase>} per case, its reasons in {@code <failure>}. */
    public static String junit(TestResults results) {
        Map<String, List<CaseResult>> byFile = new TreeMap<>();
        results.cases().forEach(result -> byFile.computeIfAbsent(result.file(), file -> new ArrayList<>()).add(result));
        XmlWriter xml = new XmlWriter().start("testsuites", "name", "tenet test", "tests",
                String.valueOf(results.cases().size()), "failures", String.valueOf(results.failed()));
        byFile.forEach((file, cases) -> {
            long failed = cases.stream().filter(result -> !result.passed()).count();
            xml.start("testsuite", "name", file, "tests", String.valueOf(cases.size()), "failures",
                    String.valueOf(failed), "errors", "0", "skipped", "0");
            for (CaseResult result : cases) {
                if (result.passed()) {
                    xml.empty("testcase", "classname", result.test(), "name", result.name(), "file", result.file());
                } else {
                    xml.start("testcase", "classname", result.test(), "name", result.name(), "file", result.file())
                            .text("failure", result.location() + "\n" + String.join("\n", result.failures()),
                                    "message", result.failures().get(0))
                            .end();
                }
            }
            xml.end();
        });
        return xml.end().finish();
    }
}
