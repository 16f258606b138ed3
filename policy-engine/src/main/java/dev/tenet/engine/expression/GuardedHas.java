package dev.tenet.engine.expression;

import com.google.common.collect.ImmutableList;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.parser.CelMacro;
import dev.cel.parser.CelMacroExprFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CEL's {@code has()} macro, made to test every step of its path.
 *
 * <p>Standard CEL only tests the last field: {@code has(design.security.rbac)} fails with "no such
 * key" when the design has no {@code security} at all. A rule author means "is rbac set?", so this
 * macro expands it to {@code has(design.security) && has(design.security.rbac)}, and a constant
 * index on the way ({@code design.attestations['legal-review'].answer}) to an {@code in} test.
 */
final class GuardedHas {

    static final CelMacro MACRO = CelMacro.newGlobalMacro("has", 1, GuardedHas::expand);

    static final String AND = "_&&_";
    static final String INDEX = "_[_]";
    static final String IN = "@in";

    private GuardedHas() {
    }

    private static Optional<CelExpr> expand(CelMacroExprFactory factory, CelExpr target, ImmutableList<CelExpr> arguments) {
        CelExpr argument = arguments.get(0);
        if (argument.getKind() != CelExpr.ExprKind.Kind.SELECT || argument.select().testOnly()) {
            return Optional.of(factory.reportError("has() needs a field to test, like has(design.data.personal)"));
        }
        List<CelExpr> tests = new ArrayList<>();
        addStepTests(factory, argument.select().operand(), tests);
        tests.add(factory.newSelect(argument.select().operand(), argument.select().field(), true));
        CelExpr all = tests.get(0);
        for (int i = 1; i < tests.size(); i++) {
            all = factory.newGlobalCall(AND, all, tests.get(i));
        }
        return Optional.of(all);
    }

    /** Adds, outermost first, a test that each step up to and including {@code operand} is present. */
    private static void addStepTests(CelMacroExprFactory factory, CelExpr operand, List<CelExpr> tests) {
        if (operand.getKind() == CelExpr.ExprKind.Kind.SELECT && !operand.select().testOnly()) {
            CelExpr parent = operand.select().operand();
            addStepTests(factory, parent, tests);
            tests.add(factory.newSelect(factory.copy(parent), operand.select().field(), true));
        } else if (isConstantKeyIndex(operand)) {
            CelExpr parent = operand.call().args().get(0);
            addStepTests(factory, parent, tests);
            tests.add(factory.newGlobalCall(IN, factory.copy(operand.call().args().get(1)), factory.copy(parent)));
        }
    }

    /** Whether {@code expr} is {@code x['key']} with a string literal for the key. */
    static boolean isConstantKeyIndex(CelExpr expr) {
        return expr.getKind() == CelExpr.ExprKind.Kind.CALL
                && expr.call().function().equals(INDEX)
                && expr.call().args().size() == 2
                && expr.call().args().get(1).getKind() == CelExpr.ExprKind.Kind.CONSTANT
                && expr.call().args().get(1).constant().getKind() == CelConstant.Kind.STRING_VALUE;
    }
}
