package dev.tenet.engine.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a design tree into the values CEL works with, once per design: integers as {@code Long},
 * other numbers as {@code Double}, maps and lists copied and made unmodifiable (maps keep their
 * order, so explanations print the same every time), and map entries whose value is {@code null}
 * dropped, so that an empty YAML value reads as "not set" everywhere, {@code has()} included.
 */
final class DesignValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private DesignValues() {
    }

    static Map<String, Object> map(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        map.forEach((key, value) -> {
            if (value != null) {
                copy.put(String.valueOf(key), value(value));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    static Object value(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(item == null ? null : value(item)));
            return Collections.unmodifiableList(copy);
        }
        return value instanceof Number number ? number(number) : value;
    }

    /** CEL knows 64-bit ints and doubles; an integer beyond a long becomes the nearest double. */
    private static Object number(Number number) {
        if (number instanceof Long || number instanceof Double) {
            return number;
        }
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger big) {
            boolean fits = big.compareTo(LONG_MIN) >= 0 && big.compareTo(LONG_MAX) <= 0;
            return fits ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return number(decimal.toBigInteger());
        }
        return number.doubleValue();
    }
}
