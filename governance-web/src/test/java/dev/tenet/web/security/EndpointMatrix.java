package dev.tenet.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared endpoint/role matrix ({@code src/test/resources/security/endpoint-matrix.txt}): for
 * each endpoint and fixture, the answer each principal gets. {@code login} is a redirect to the
 * sign-in page; 401, 403 and {@code login} are refusals, anything else means security let the
 * request reach the handler (a 404, 409 or 400 from the handler is an object or state check).
 */
final class EndpointMatrix {

    static final String LOGIN = "login";
    private static final Set<String> REFUSALS = Set.of("401", "403", LOGIN);
    static final String IGNORE = "ignore";
    static final String STATIC = "static";

    private final List<String> principals;
    private final List<Row> rows;

    private EndpointMatrix(List<String> principals, List<Row> rows) {
        this.principals = List.copyOf(principals);
        this.rows = List.copyOf(rows);
    }

    /**
     * One line of the matrix.
     *
     * @param method   the HTTP method; {@code ANY} for a mapping without one (called with GET)
     * @param path     the mapping's pattern, perhaps with a query string
     * @param fixture  what fills its variables, {@code ignore} (with a reason) or {@code static} (a
     *                 resource, not a handler method)
     * @param expected each principal's answer
     * @param reason   why an ignored endpoint is left out
     */
    record Row(String method, String path, String fixture, Map<String, String> expected, String reason) {

        /** The mapping this row classifies: method and pattern, without the query. */
        String key() {
            return method + " " + pattern();
        }

        String pattern() {
            int query = path.indexOf('?');
            return query < 0 ? path : path.substring(0, query);
        }

        boolean ignored() {
            return IGNORE.equals(fixture);
        }

        boolean isStatic() {
            return STATIC.equals(fixture);
        }

        boolean api() {
            return path.startsWith("/api/");
        }

        String label() {
            return method + " " + path + ("-".equals(fixture) ? "" : " [" + fixture + "]");
        }
    }

    static boolean refused(String outcome) {
        return REFUSALS.contains(outcome);
    }

    static EndpointMatrix read(String resource) {
        String text;
        try (InputStream in = EndpointMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> principals = null;
        List<Row> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] cells = content.split("\\s+");
            if (principals == null) {
                principals = Arrays.asList(cells).subList(3, cells.length); // method path fixture principals...
                continue;
            }
            rows.add(row(cells, principals, content));
        }
        if (principals == null) {
            throw new IllegalStateException(resource + " has no header line");
        }
        return new EndpointMatrix(principals, rows);
    }

    private static Row row(String[] cells, List<String> principals, String line) {
        if (cells.length >= 3 && IGNORE.equals(cells[2])) {
            String reason = String.join(" ", Arrays.asList(cells).subList(3, cells.length));
            if (reason.isBlank()) {
                throw new IllegalStateException("an ignored endpoint needs a reason: " + line);
            }
            return new Row(cells[0], cells[1], IGNORE, Map.of(), reason);
        }
        if (cells.length != 3 + principals.size()) {
            throw new IllegalStateException("expected " + principals.size() + " principals' answers in: " + line);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < principals.size(); i++) {
            expected.put(principals.get(i), cells[3 + i]);
        }
        return new Row(cells[0], cells[1], cells[2], expected, "");
    }

    List<String> principals() {
        return principals;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The rows as a table in the file's own layout, with the answers given; a cell that differs
     * from the declared one shows both, {@code actual!declared}.
     */
    String table(Map<Row, Map<String, String>> actual) {
        int width = rows.stream().mapToInt(r -> r.method().length() + 1 + r.path().length()).max().orElse(20);
        int fixtures = rows.stream().mapToInt(r -> r.fixture().length()).max().orElse(8);
        StringBuilder out = new StringBuilder();
        out.append(pad("# endpoint", width)).append("  ").append(pad("fixture", fixtures));
        principals.forEach(p -> out.append("  ").append(pad(p, 11)));
        out.append('\n');
        for (Row row : rows) {
            if (row.ignored()) {
                continue;
            }
            out.append(pad(row.method() + " " + row.path(), width)).append("  ").append(pad(row.fixture(), fixtures));
            Map<String, String> answers = actual.getOrDefault(row, Map.of());
            for (String principal : principals) {
                String declared = row.expected().get(principal);
                String answer = answers.getOrDefault(principal, "?");
                out.append("  ").append(pad(answer.equals(declared) ? answer : answer + "!" + declared, 11));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
