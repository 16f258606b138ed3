package dev.tenet.engine.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelExpr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every select chain rooted at {@code design} or {@code meta} in a checked expression, with
 * where each key is written, whether {@code has()} guards it and whether CEL certainly reads it.
 */
final class PathCollector {

    static final String DESIGN = "design";
    static final String META = "meta";

    /** Calls whose arguments CEL may skip, or whose errors it may absorb. */
    private static final Set<String> LAZY = Set.of("_&&_", "_||_", "@not_strictly_false");
    private static final String CONDITIONAL = "_?_:_";

    private final Map<Long, Integer> positions;
    private final ExpressionText text;
    private final List<PathOccurrence> found = new ArrayList<>();

    private PathCollector(Map<Long, Integer> positions, ExpressionText text) {
        this.positions = positions;
        this.text = text;
    }

    /** Every chain in source order, including the copies has() makes of the steps on its way. */
    static List<PathOccurrence> collect(CelAbstractSyntaxTree ast, ExpressionText text) {
        PathCollector collector = new PathCollector(ast.getSource().getPositionsMap(), text);
        collector.walk(ast.getExpr(), true, Set.of());
        return collector.found.stream().sorted(Comparator.comparingInt(PathOccurrence::rootOffset)).toList();
    }

    /** The chains as the author wrote them: of those at one place (has() and its copies) only the longest. */
    static List<PathOccurrence> asWritten(List<PathOccurrence> occurrences) {
        Map<Integer, PathOccurrence> longest = new LinkedHashMap<>();
        for (PathOccurrence occurrence : occurrences) {
            longest.merge(occurrence.rootOffset(), occurrence, (a, b) -> b.keys().size() > a.keys().size() ? b : a);
        }
        return List.copyOf(longest.values());
    }

    private void walk(CelExpr expr, boolean strict, Set<String> shadowed) {
        switch (expr.getKind()) {
            case SELECT -> {
                if (!record(expr, strict, shadowed)) {
                    walk(expr.select().operand(), strict, shadowed);
                }
            }
            case CALL -> {
                if (!record(expr, strict, shadowed)) {
                    walkCall(expr.call(), strict, shadowed);
                }
            }
            case LIST -> expr.list().elements().forEach(element -> walk(element, strict, shadowed));
            case MAP -> expr.map().entries().forEach(entry -> {
                walk(entry.key(), strict, shadowed);
                walk(entry.value(), strict, shadowed);
            });
            case COMPREHENSION -> walkComprehension(expr.comprehension(), strict, shadowed);
            default -> {
                // constants and plain identifiers read no path
            }
        }
    }

    private void walkCall(CelExpr.CelCall call, boolean strict, Set<String> shadowed) {
        call.target().ifPresent(target -> walk(target, strict, shadowed));
        boolean lazy = LAZY.contains(call.function());
        for (int i = 0; i < call.args().size(); i++) {
            boolean skippable = lazy || call.function().equals(CONDITIONAL) && i > 0;
            walk(call.args().get(i), strict && !skippable, shadowed);
        }
    }

    private void walkComprehension(CelExpr.CelComprehension loop, boolean strict, Set<String> shadowed) {
        walk(loop.iterRange(), strict, shadowed);
        walk(loop.accuInit(), strict, shadowed);
        Set<String> inner = new HashSet<>(shadowed);
        inner.add(loop.iterVar());
        inner.add(loop.iterVar2());
        inner.add(loop.accuVar());
        walk(loop.loopCondition(), false, inner);
        walk(loop.loopStep(), false, inner);
        walk(loop.result(), false, inner);
    }

    /** Records {@code top} if it is a chain rooted at design or meta; says whether it was. */
    private boolean record(CelExpr top, boolean strict, Set<String> shadowed) {
        Deque<CelExpr> steps = new ArrayDeque<>();
        CelExpr root = descend(top, steps);
        if (steps.isEmpty() || root.getKind() != CelExpr.ExprKind.Kind.IDENT || !isRoot(root.ident().name(), shadowed)) {
            return false;
        }
        boolean guarded = top.getKind() == CelExpr.ExprKind.Kind.SELECT && top.select().testOnly();
        found.add(occurrence(root, steps, guarded, strict && !guarded));
        return true;
    }

    /**
     * The path {@code expr} reads (or, for a has() test, tests) when it is a chain rooted at design
     * or meta outside any comprehension, as {@link PathOccurrence#text()} writes it; else null.
     */
    static String pathOf(CelExpr expr) {
        Deque<CelExpr> steps = new ArrayDeque<>();
        CelExpr root = descend(expr, steps);
        if (steps.isEmpty() || root.getKind() != CelExpr.ExprKind.Kind.IDENT
                || !isRoot(root.ident().name(), Set.of())) {
            return null;
        }
        StringBuilder text = new StringBuilder(root.ident().name());
        for (CelExpr step : steps) {
            text.append(PathOccurrence.step(step.getKind() == CelExpr.ExprKind.Kind.SELECT ? step.select().field()
                    : step.call().args().get(1).constant().stringValue()));
        }
        return text.toString();
    }

    /** Walks a select chain from its top to its root, pushing each step; gives the root. */
    private static CelExpr descend(CelExpr top, Deque<CelExpr> steps) {
        CelExpr at = top;
        while (true) {
            if (at.getKind() == CelExpr.ExprKind.Kind.SELECT && (at == top || !at.select().testOnly())) {
                steps.push(at);
                at = at.select().operand();
            } else if (GuardedHas.isConstantKeyIndex(at)) {
                steps.push(at);
                at = at.call().args().get(0);
            } else {
                return at;
            }
        }
    }

    private PathOccurrence occurrence(CelExpr root, Deque<CelExpr> steps, boolean guarded, boolean strict) {
        String name = root.ident().name();
        int rootOffset = positions.getOrDefault(root.id(), 0);
        int end = rootOffset + ExpressionText.length(name);
        List<String> keys = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (CelExpr step : steps) {
            if (step.getKind() == CelExpr.ExprKind.Kind.SELECT) {
                String field = step.select().field();
                int start = text.fieldAfter(end, field);
                int at = start < 0 ? end : start;
                keys.add(field);
                offsets.add(at);
                end = at + ExpressionText.length(field);
            } else {
                CelExpr key = step.call().args().get(1);
                int literal = positions.getOrDefault(key.id(), end);
                keys.add(key.constant().stringValue());
                offsets.add(text.keyStart(literal));
                int after = text.afterIndex(literal);
                end = after < 0 ? literal : after;
            }
        }
        return new PathOccurrence(name, keys, rootOffset, offsets, guarded, strict);
    }

    private static boolean isRoot(String name, Set<String> shadowed) {
        return (name.equals(DESIGN) || name.equals(META)) && !shadowed.contains(name);
    }
}
