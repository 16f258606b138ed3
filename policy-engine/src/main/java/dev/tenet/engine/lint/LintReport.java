package dev.tenet.engine.lint;

import dev.tenet.engine.report.Json;
import dev.tenet.model.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tenet lint}'s output: one {@code file:line:column: message} line per problem then
 * {@code N errors, N warnings}, or the same as JSON. And whether the problems fail the run.
 */
public final class LintReport {

    private LintReport() {
    }

    /** Whether the problems fail a lint run: any error, or in strict mode any warning too. */
    public static boolean fails(List<Problem> problems, boolean strict) {
        return problems.stream().anyMatch(problem -> strict || problem.isError());
    }

    /** Every problem on its own line, sorted, then the summary line. */
    public static String text(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.stream().sorted().forEach(problem -> text.append(problem).append('\n'));
        return text.append(summary(problems)).append('\n').toString();
    }

    /** {@code N errors, N warnings}. */
    public static String summary(List<Problem> problems) {
        long errors = errors(problems);
        long warnings = problems.size() - errors;
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** {@code {errors, warnings, problems: [{file, line, column, level, message}]}}. */
    public static String json(List<Problem> problems) {
        Map<String, Object> tree = new LinkedHashMap<>();
        long errors = errors(problems);
        tree.put("errors", errors);
        tree.put("warnings", problems.size() - errors);
        tree.put("problems", problems.stream().sorted().map(LintReport::problem).toList());
        return Json.pretty(tree);
    }

    private static Map<String, Object> problem(Problem problem) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("file", problem.file());
        tree.put("line", problem.position().line());
        tree.put("column", problem.position().column());
        tree.put("level", problem.level().name().toLowerCase(Locale.ROOT));
        tree.put("message", problem.message());
        return tree;
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }
}
