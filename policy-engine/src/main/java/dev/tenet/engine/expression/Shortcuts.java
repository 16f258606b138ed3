package dev.tenet.engine.expression;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;

import java.util.List;

/** Builds the {@link Shortcut} for a checked expression, once, at compile time. */
final class Shortcuts {

    private Shortcuts() {
    }

    /** The shortcut for {@code expr}, whose paths {@code plan} looks up. */
    static Shortcut of(CelExpr expr, EvaluationPlan plan) {
        int path = indexOf(expr, plan);
        if (path >= 0) {
            boolean test = expr.getKind() == CelExpr.ExprKind.Kind.SELECT && expr.select().testOnly();
            return test ? new Shortcut.Present(path) : new Shortcut.Value(path);
        }
        if (expr.getKind() != CelExpr.ExprKind.Kind.CALL || expr.call().target().isPresent()) {
            return Shortcut.NONE;
        }
        List<CelExpr> args = expr.call().args();
        return switch (expr.call().function()) {
            case "!_" -> new Shortcut.Not(of(args.get(0), plan));
            case "_&&_" -> new Shortcut.And(of(args.get(0), plan), of(args.get(1), plan));
            case "_||_" -> new Shortcut.Or(of(args.get(0), plan), of(args.get(1), plan));
            case "@in" -> member(args, plan);
            default -> comparison(expr.call().function(), args, plan);
        };
    }

    private static Shortcut member(List<CelExpr> args, EvaluationPlan plan) {
        int path = indexOf(args.get(1), plan);
        return path >= 0 && literal(args.get(0)) instanceof String key ? new Shortcut.Member(path, key) : Shortcut.NONE;
    }

    private static Shortcut comparison(String function, List<CelExpr> args, EvaluationPlan plan) {
        NumericOperator operator = NumericOperator.of(function);
        if (operator == null || args.size() != 2) {
            return Shortcut.NONE;
        }
        boolean literalFirst = literal(args.get(0)) != null;
        CelExpr operand = args.get(literalFirst ? 1 : 0);
        Object literal = literal(args.get(literalFirst ? 0 : 1));
        NumericOperator oriented = literalFirst ? operator.mirrored() : operator;
        if (literal instanceof Number number) {
            CelExpr sized = sizeArgument(operand);
            int path = indexOf(sized != null ? sized : operand, plan);
            return path < 0 ? Shortcut.NONE : new Shortcut.Compare(path, sized != null, oriented, number);
        }
        int path = indexOf(operand, plan);
        boolean equality = oriented == NumericOperator.EQUAL || oriented == NumericOperator.NOT_EQUAL;
        return path < 0 || literal == null || !equality ? Shortcut.NONE
                : new Shortcut.Equals(path, literal, oriented == NumericOperator.NOT_EQUAL);
    }

    /** The argument of {@code size(x)} or {@code x.size()}, or null. */
    private static CelExpr sizeArgument(CelExpr expr) {
        if (expr.getKind() != CelExpr.ExprKind.Kind.CALL || !expr.call().function().equals("size")) {
            return null;
        }
        CelExpr.CelCall call = expr.call();
        if (call.target().isPresent()) {
            return call.args().isEmpty() ? call.target().get() : null;
        }
        return call.args().size() == 1 ? call.args().get(0) : null;
    }

    private static int indexOf(CelExpr expr, EvaluationPlan plan) {
        String path = PathCollector.pathOf(expr);
        return path == null ? -1 : plan.indexOf(path);
    }

    /** A string, boolean, int or double literal as CEL evaluates it; else null. */
    private static Object literal(CelExpr expr) {
        if (expr.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
            return null;
        }
        CelConstant constant = expr.constant();
        return switch (constant.getKind()) {
            case STRING_VALUE -> constant.stringValue();
            case BOOLEAN_VALUE -> constant.booleanValue();
            case INT64_VALUE -> constant.int64Value();
            case DOUBLE_VALUE -> constant.doubleValue();
            default -> null;
        };
    }
}
