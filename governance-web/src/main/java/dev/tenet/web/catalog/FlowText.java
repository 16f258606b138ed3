package dev.tenet.web.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A value read from YAML (maps, lists, scalars) written back on one line in YAML's flow style,
 * {@code {data: {encryption: {atRest: false}}}}, as a test case's patch is usually written.
 */
final class FlowText {

    // plain scalars that read back as the same string; anything else is double-quoted
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./-]*( [A-Za-z0-9_./-]+)*");

    private FlowText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> of(e.getKey()) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FlowText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            boolean plain = PLAIN.matcher(text).matches() && !List.of("true", "false", "null", "yes", "no", "on", "off")
                    .contains(text.toLowerCase(Locale.ROOT));
            return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return String.valueOf(value);
    }
}
