package dev.tenet.web.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the matrix calls each endpoint: a well-formed request, so that what refuses it is security
 * or the object and state checks, never a malformed body. Values in braces come from the row's
 * fixture ({@code {id}}, {@code {policy}}, ...) or are fresh for each call ({@code {yaml}},
 * {@code {newuser}}). An endpoint not listed is called without a body (API) or with an empty form.
 */
final class EndpointCalls {

    /** A request body: its type and text, or the fields of a page's form. */
    record Body(String contentType, String text, Map<String, String> form, boolean multipart) {

        static Body json(String text) {
            return new Body("application/json", text, Map.of(), false);
        }

        static Body form(String... fields) {
            Map<String, String> form = new LinkedHashMap<>();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                form.put(fields[i], fields[i + 1]);
            }
            return new Body("application/x-www-form-urlencoded", null, form, false);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Body NONE = new Body(null, null, Map.of(), false);
    private static final Map<String, Body> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/designs", new Body("application/yaml", "{yaml}", Map.of(), false)),
            Map.entry("POST /api/v1/evaluations", new Body("application/yaml", "{yaml}", Map.of(), false)),
            Map.entry("POST /api/v1/designs/{id}/reviews",
                    Body.json("{\"stage\": \"research\", \"verdict\": \"REQUEST_CHANGES\", \"comment\": \"matrix\"}")),
            Map.entry("POST /api/v1/designs/{id}/waivers", Body.json("{\"policy\": \"{policy}\", \"rule\": \"{rule}\","
                    + " \"justification\": \"matrix\", \"expires\": \"{expires}\"}")),
            Map.entry("POST /api/v1/designs/{id}/attestations", Body.json("{\"id\": \"{attestation}\", \"answer\": true,"
                    + " \"evidence\": \"https://wiki.example/matrix\"}")),
            Map.entry("POST /api/v1/designs/{id}/harms", Body.json("{\"harm\": \"matrix harm\", \"affectedGroup\":"
                    + " \"claimants\", \"likelihood\": \"low\", \"severity\": \"low\", \"mitigation\": \"review\"}")),
            Map.entry("POST /api/v1/users", Body.json("{\"username\": \"{newuser}\", \"displayName\": \"New User\","
                    + " \"team\": \"\", \"roles\": [\"RESEARCH\"], \"password\": \"" + SecuredApplication.PASSWORD + "\"}")),
            Map.entry("PUT /api/v1/users/{username}/roles", Body.json("{\"roles\": [\"POLICY\"]}")),
            Map.entry("POST /api/v1/tokens", Body.json("{\"name\": \"matrix\", \"expiresInDays\": 1}")),
            Map.entry("POST /designs/new", new Body(null, null, Map.of("yaml", "{yaml}"), true)),
            Map.entry("POST /designs/{id}/reviews", Body.form("stage", "research", "verdict", "REQUEST_CHANGES",
                    "comment", "matrix")),
            Map.entry("POST /designs/{id}/harms", Body.form("harm", "matrix harm", "affectedGroup", "claimants",
                    "likelihood", "low", "severity", "low", "mitigation", "review")),
            Map.entry("POST /designs/{id}/waivers", Body.form("finding", "{policy}/{rule}", "justification", "matrix",
                    "expires", "{expires}")),
            Map.entry("POST /designs/{id}/attestations", Body.form("attestation", "{attestation}", "answer", "true",
                    "evidence", "https://wiki.example/matrix")),
            Map.entry("POST /account/tokens", Body.form("name", "matrix", "expiresInDays", "1")));

    private EndpointCalls() {
    }

    /** The body of a call to the mapping {@code key} ("METHOD pattern"), variables still in braces. */
    static Body body(String key) {
        return BODIES.getOrDefault(key, NONE);
    }

    /** Fills in the variables; a path's {@code **} becomes one segment, an unknown variable {@code x}. */
    static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        Matcher matcher = VARIABLE.matcher(template.replace("**", "x"));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "x")));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static Map<String, String> fill(Map<String, String> form, Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        form.forEach((name, value) -> filled.put(name, fill(value, values)));
        return filled;
    }
}
