package dev.tenet.engine.report;

import dev.tenet.model.Token;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Writes trees of maps, lists and scalars as JSON. Keys keep the order they were put in, so the
 * output is the same bytes for the same tree: two-space indent, {@code "key": value}, {@code \n}.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
                    Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));
    private static final ObjectWriter COMPACT = MAPPER.writer();

    private Json() {
    }

    /** The tree pretty-printed, with a final newline. */
    public static String pretty(Object tree) {
        return PRETTY.writeValueAsString(tree) + "\n";
    }

    /** The value on one line, as a rule's author would write it: {@code "none"}, {@code [a, b]} as JSON. */
    static String compact(Object value) {
        return COMPACT.writeValueAsString(plain(value));
    }

    /**
     * The value as JSON-ready maps, lists and scalars. A value a rule read may be anything the
     * design tree or the expression holds: tokens print as documents write them, other objects as
     * their string form, and collections without an order of their own are sorted so the output
     * does not depend on hashing.
     */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return plainNumber(number);
        }
        if (value instanceof Optional<?> optional) {
            return plain(optional.orElse(null));
        }
        if (value instanceof Token token) {
            return token.id();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Map<?, ?> map) {
            return plainMap(map);
        }
        if (value instanceof Collection<?> collection) {
            return plainCollection(collection);
        }
        return value.toString();
    }

    private static Object plainNumber(Number number) {
        boolean nonFinite = (number instanceof Double d && !Double.isFinite(d))
                || (number instanceof Float f && !Float.isFinite(f));
        return nonFinite ? number.toString() : number;
    }

    private static Map<String, Object> plainMap(Map<?, ?> map) {
        Map<String, Object> plain = new LinkedHashMap<>();
        map.forEach((key, item) -> plain.put(String.valueOf(key), plain(item)));
        if (map instanceof LinkedHashMap || map instanceof SortedMap) {
            return plain;
        }
        Map<String, Object> sorted = new LinkedHashMap<>();
        plain.keySet().stream().sorted().forEach(key -> sorted.put(key, plain.get(key)));
        return sorted;
    }

    private static List<Object> plainCollection(Collection<?> collection) {
        List<Object> plain = new ArrayList<>();
        collection.forEach(item -> plain.add(plain(item)));
        boolean ordered = collection instanceof List || collection instanceof LinkedHashSet
                || collection instanceof SortedSet;
        if (!ordered) {
            plain.sort(Comparator.comparing(COMPACT::writeValueAsString));
        }
        return plain;
    }
}
