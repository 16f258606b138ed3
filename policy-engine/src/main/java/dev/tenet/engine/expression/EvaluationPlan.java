package dev.tenet.engine.expression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paths of one expression, resolved once at compile time so that evaluating it against a design
 * costs a few map look-ups: which values to show, and which paths decide "not set" without asking
 * CEL.
 */
final class EvaluationPlan {

    /** A look-up that met a missing key. */
    static final Object MISSING = new Object();
    /** A look-up that met a value that is not a map before its last key. */
    static final Object NOT_A_MAP = new Object();

    private final String[] texts;
    private final String[] roots;
    private final String[][] keys;
    private final int[] shown;
    private final int[] strict;
    private final int[] unguarded;

    private EvaluationPlan(List<PathOccurrence> unique, List<Integer> shown, List<Integer> strict,
                           List<Integer> unguarded) {
        int size = unique.size();
        this.texts = new String[size];
        this.roots = new String[size];
        this.keys = new String[size][];
        for (int i = 0; i < size; i++) {
            texts[i] = unique.get(i).text();
            roots[i] = unique.get(i).root();
            keys[i] = unique.get(i).keys().toArray(String[]::new);
        }
        this.shown = shown.stream().mapToInt(Integer::intValue).toArray();
        this.strict = strict.stream().mapToInt(Integer::intValue).toArray();
        this.unguarded = unguarded.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A plan for paths in source order: each distinct path once, strict if any occurrence is. */
    static EvaluationPlan of(List<PathOccurrence> occurrences) {
        Map<String, PathOccurrence> byText = new LinkedHashMap<>();
        Map<String, boolean[]> flags = new LinkedHashMap<>();
        for (PathOccurrence occurrence : occurrences) {
            byText.putIfAbsent(occurrence.text(), occurrence);
            boolean[] flag = flags.computeIfAbsent(occurrence.text(), text -> new boolean[2]);
            flag[0] |= occurrence.strict();
            flag[1] |= !occurrence.guarded();
        }
        List<PathOccurrence> unique = new ArrayList<>(byText.values());
        List<Integer> shown = new ArrayList<>();
        List<Integer> strict = new ArrayList<>();
        List<Integer> unguarded = new ArrayList<>();
        for (int i = 0; i < unique.size(); i++) {
            boolean[] flag = flags.get(unique.get(i).text());
            if (!leadsToAnother(unique.get(i), unique)) {
                shown.add(i);
            }
            if (flag[0]) {
                strict.add(i);
            }
            if (flag[1]) {
                unguarded.add(i);
            }
        }
        return new EvaluationPlan(unique, shown, strict, unguarded);
    }

    /** The index of a path in look-up order, or -1. */
    int indexOf(String text) {
        return Arrays.asList(texts).indexOf(text);
    }

    /** Each path's value in the design, {@link #MISSING} or {@link #NOT_A_MAP}. */
    Object[] lookUp(DesignContext context) {
        Object[] found = new Object[texts.length];
        for (int i = 0; i < texts.length; i++) {
            found[i] = lookUp(context.root(roots[i]), keys[i]);
        }
        return found;
    }

    /** The values to show a reviewer, from {@link #lookUp}. */
    ValuesRead read(Object[] found) {
        if (shown.length == 0) {
            return ValuesRead.NONE;
        }
        Map<String, Object> values = new LinkedHashMap<>(shown.length * 2);
        List<String> unset = List.of();
        for (int i : shown) {
            boolean set = found[i] != MISSING && found[i] != NOT_A_MAP;
            values.put(texts[i], set ? found[i] : null);
            if (!set) {
                unset = unset.isEmpty() ? new ArrayList<>(2) : unset;
                unset.add(texts[i]);
            }
        }
        return new ValuesRead(values, unset);
    }

    /** The first path CEL certainly reads that meets a missing key, or null. */
    String firstMissingStrict(Object[] found) {
        return firstMissing(found, strict);
    }

    /** The first path not guarded by has() that meets a missing key, or null. */
    String firstMissingUnguarded(Object[] found) {
        return firstMissing(found, unguarded);
    }

    private String firstMissing(Object[] found, int[] candidates) {
        for (int i : candidates) {
            if (found[i] == MISSING) {
                return texts[i];
            }
        }
        return null;
    }

    private static Object lookUp(Object root, String[] keys) {
        Object at = root;
        for (String key : keys) {
            if (!(at instanceof Map<?, ?> map)) {
                return NOT_A_MAP;
            }
            at = map.get(key);
            if (at == null) {
                return MISSING;
            }
        }
        return at;
    }

    private static boolean leadsToAnother(PathOccurrence path, List<PathOccurrence> all) {
        return all.stream().anyMatch(other -> other.root().equals(path.root())
                && other.keys().size() > path.keys().size()
                && other.keys().subList(0, path.keys().size()).equals(path.keys()));
    }
}
