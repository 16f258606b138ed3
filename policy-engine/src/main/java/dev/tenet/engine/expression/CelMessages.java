package dev.tenet.engine.expression;

import dev.cel.common.CelErrorCode;
import dev.cel.runtime.CelEvaluationException;
import dev.tenet.model.Suggestions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CEL's messages rewritten for the people who write rules: without its {@code <input>:1:5}
 * prefixes, parser-generator jargon and operator spellings such as {@code _&&_}, and with a
 * "did you mean" for a misspelt name. Each rewrite is a pattern of CEL's wording and what to say.
 */
final class CelMessages {

    /** Names an expression can refer to: the two variables, then CEL's standard functions and macros. */
    private static final List<String> KNOWN_NAMES = List.of("design", "meta", "has", "size", "all", "exists",
            "exists_one", "map", "filter", "matches", "contains", "startsWith", "endsWith", "int", "uint",
            "double", "string", "bool", "bytes", "type", "dyn", "duration", "timestamp", "null", "true", "false");
    private static final Map<String, String> MACRO_USAGE = Map.of(
            "has", "has() takes one field to test, like has(design.data.personal)",
            "all", "all() takes a variable and a condition, like design.capabilities.all(c, c != 'generative')",
            "exists", "exists() takes a variable and a condition, like design.capabilities.exists(c, c == 'generative')",
            "exists_one", "exists_one() takes a variable and a condition, like design.capabilities.exists_one(c, c == 'other')",
            "filter", "filter() takes a variable and a condition, like design.affectedStakeholders.filter(s, s != 'staff')",
            "map", "map() takes a variable and a value, like design.affectedStakeholders.map(s, size(s))");
    private static final Pattern EVALUATION_PREFIX = Pattern.compile("^evaluation error(?: at [^:]*:\\d+)?: ");

    private static final List<Rewrite> COMPILE = List.of(
            new Rewrite("undeclared reference to '([^']*)'.*", m -> MACRO_USAGE.getOrDefault(m.group(1),
                    "undeclared reference to '" + m.group(1) + "'" + Suggestions.hint(m.group(1), KNOWN_NAMES))),
            new Rewrite("found no matching overload for '([^']*)' applied to '(\\([^']*\\))'.*",
                    m -> operator(m.group(1)) + " cannot be applied to " + m.group(2)),
            new Rewrite("(?:mismatched|extraneous) input '(.*)' expecting (.*)",
                    m -> unexpected(m.group(1)) + expected(m.group(2))),
            new Rewrite("no viable alternative at input '(.*)'", m -> "cannot read '" + m.group(1) + "' as an expression"),
            new Rewrite("token recognition error at: '([\"'].*)'", m -> "unterminated string " + m.group(1)),
            new Rewrite("token recognition error at: '(.*)'", m -> "unexpected character '" + m.group(1).strip() + "'"),
            new Rewrite("missing '(.*)' at '<EOF>'", m -> "missing '" + m.group(1) + "' at the end"),
            new Rewrite("missing '(.*)' at '(.*)'", m -> "missing '" + m.group(1) + "' before '" + m.group(2) + "'"));

    private static final List<Rewrite> RUNTIME = List.of(
            new Rewrite("key '(.*)' is not present in map\\.?", m -> "no key '" + m.group(1) + "' in the map"),
            new Rewrite("Index out of bounds: (-?\\d+)", m -> "list index " + m.group(1) + " is out of range"),
            new Rewrite("Iteration budget exceeded: (\\d+)",
                    m -> "the expression took more than " + m.group(1) + " steps of all(), exists(), map() or filter()"),
            new Rewrite("No matching overload for function '([^']*)'.*",
                    m -> operator(m.group(1)) + " cannot be applied to values of these types"),
            new Rewrite("Error resolving field '([^']*)'.*",
                    m -> "cannot read field '" + m.group(1) + "': the value before it is not a map"),
            new Rewrite("/ by zero", m -> "division by zero"),
            new Rewrite("% by zero", m -> "modulus by zero"),
            new Rewrite("(.*)\\.", m -> m.group(1)));

    private CelMessages() {
    }

    /** A parser or checker message, for a problem in a policy file. */
    static String compile(String message) {
        return rewrite(message, COMPILE).replace(" (in container '')", "");
    }

    /** A runtime error, for a finding. */
    static String runtime(CelEvaluationException e) {
        String text = EVALUATION_PREFIX.matcher(e.getMessage() == null ? "" : e.getMessage()).replaceFirst("");
        // a missing key of a map written in the expression comes as the bare key
        boolean bareKey = e.getErrorCode() == CelErrorCode.ATTRIBUTE_NOT_FOUND && !text.isEmpty() && !text.contains(" ");
        return bareKey ? "no key '" + text + "' in the map" : runtime(text);
    }

    /** A runtime error message, for a finding. */
    static String runtime(String message) {
        return rewrite(EVALUATION_PREFIX.matcher(message == null ? "" : message).replaceFirst(""), RUNTIME);
    }

    /** A failure CEL did not report as an evaluation error: described, never thrown on. */
    static String unexpected(RuntimeException e) {
        return "the expression could not be evaluated: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : runtime(e.getMessage()));
    }

    /** Why a result that is not a boolean cannot decide a rule. */
    static String notBoolean(Object value) {
        return "the expression gave " + describe(value) + ", not true or false";
    }

    /** {@code '&&'} for {@code _&&_}, {@code 'in'} for {@code @in}, {@code 'size'} for {@code size}. */
    static String operator(String function) {
        String name = function.startsWith("@") ? function.substring(1)
                : function.equals("_[_]") ? "[]"
                : function.equals("_?_:_") ? "?:"
                : function.replace("_", "");
        return "'" + (name.isEmpty() ? function : name) + "'";
    }

    /** "an int (366)", "a string ('abc')", "a list ([a, b])": what a value is, as CEL names its types. */
    static String describe(Object value) {
        if (value == null || value.getClass().getSimpleName().equals("NullValue")) {
            return "null";
        }
        String shown = value instanceof String text ? "'" + text + "'" : String.valueOf(value);
        String brief = " (" + (shown.length() > 40 ? shown.substring(0, 37) + "..." : shown) + ")";
        if (value instanceof Long) {
            return "an int" + brief;
        }
        String type = value instanceof Double ? "double" : value instanceof String ? "string"
                : value instanceof List<?> ? "list" : value instanceof Map<?, ?> ? "map" : null;
        return type != null ? "a " + type + brief : "a value of type " + value.getClass().getSimpleName() + brief;
    }

    private static String unexpected(String token) {
        return token.equals("<EOF>") ? "the expression ends too soon" : "unexpected '" + token + "'";
    }

    private static String expected(String set) {
        if (set.equals("<EOF>")) {
            return ": expected the end of the expression";
        }
        String[] options = set.replaceAll("^\\{|\\}$", "").split(", ");
        return options.length <= 3 ? ": expected " + String.join(" or ", options).replace("<EOF>", "the end") : "";
    }

    private static String rewrite(String message, List<Rewrite> rewrites) {
        for (Rewrite rewrite : rewrites) {
            Matcher matcher = rewrite.pattern().matcher(message);
            if (matcher.matches()) {
                return rewrite.say().apply(matcher);
            }
        }
        return message;
    }

    /** CEL's wording, and what to say instead. */
    private record Rewrite(Pattern pattern, Function<MatchResult, String> say) {
        Rewrite(String regex, Function<MatchResult, String> say) {
            this(Pattern.compile(regex, Pattern.DOTALL), say);
        }
    }
}
