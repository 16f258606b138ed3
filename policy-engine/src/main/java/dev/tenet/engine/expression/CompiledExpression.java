package dev.tenet.engine.expression;

import dev.cel.common.CelErrorCode;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.tenet.model.Expression;

import java.util.List;
import java.util.Objects;

/**
 * A rule expression compiled once, ready to evaluate against any number of designs. Immutable and
 * safe to use from several threads at once.
 *
 * <p>Evaluation first looks up every path the expression names, by plain map look-ups. A path CEL
 * would certainly read and that the design does not set gives {@link ExpressionResult.NotSet} at
 * once, without running CEL (whose "no such key" is an exception, and costly). The commonest
 * shapes of rule ({@code design.x.y}, {@code !}, {@code &&}, {@code ||}, {@code == 'v'},
 * {@code size(design.x) > 0}, ...) are then decided from the values looked up when their types
 * leave no doubt (see {@code Shortcut}). Otherwise CEL decides, so that results, errors, {@code has()}
 * guards and short-circuiting are exactly the language's. (One difference: a path CEL certainly
 * reads that is not set makes the result {@code NotSet} even where another part of the expression
 * would fail first, as in {@code 1 / 0 == design.x.y}: "not set" is the more useful answer.)
 */
public final class CompiledExpression {

    private final Expression expression;
    private final CelRuntime.Program program;
    private final List<FieldPath> paths;
    private final EvaluationPlan plan;
    private final Shortcut shortcut;
    private final String resultType;

    CompiledExpression(Expression expression, CelRuntime.Program program, List<FieldPath> paths,
                       EvaluationPlan plan, Shortcut shortcut, String resultType) {
        this.expression = Objects.requireNonNull(expression, "expression");
        this.program = Objects.requireNonNull(program, "program");
        this.paths = List.copyOf(paths);
        this.plan = Objects.requireNonNull(plan, "plan");
        this.shortcut = Objects.requireNonNull(shortcut, "shortcut");
        this.resultType = Objects.requireNonNull(resultType, "resultType");
    }

    /** The expression as written. */
    public Expression expression() {
        return expression;
    }

    /** The CEL text. */
    public String source() {
        return expression.source();
    }

    /** Every path the expression reads from {@code design} or {@code meta}, in source order. */
    public List<FieldPath> paths() {
        return paths;
    }

    /** The type CEL's checker gives the result: {@code bool}, or {@code dyn} when only the design can tell. */
    public String resultType() {
        return resultType;
    }

    /** Evaluates against one design. Never throws for anything a design or a rule can contain. */
    public ExpressionResult evaluate(DesignContext context) {
        Objects.requireNonNull(context, "context");
        Object[] found = plan.lookUp(context);
        ValuesRead read = plan.read(found);
        String missing = plan.firstMissingStrict(found);
        if (missing != null) {
            return new ExpressionResult.NotSet(missing, read);
        }
        return switch (shortcut.decide(found)) {
            case TRUE -> new ExpressionResult.True(read);
            case FALSE -> new ExpressionResult.False(read);
            case NOT_SET -> notSet(context, found, read);
            case ASK_CEL -> run(context, found, read);
        };
    }

    private ExpressionResult run(DesignContext context, Object[] found, ValuesRead read) {
        Object value;
        try {
            value = program.eval(context.variables());
        } catch (CelEvaluationException e) {
            return failure(e, found, read);
        } catch (RuntimeException e) {
            return new ExpressionResult.Error(CelMessages.unexpected(e), read);
        }
        if (value instanceof Boolean holds) {
            return holds ? new ExpressionResult.True(read) : new ExpressionResult.False(read);
        }
        return new ExpressionResult.Error(CelMessages.notBoolean(value), read);
    }

    /** What CEL would make of a "no such key" error the shortcut already knows of, without the exception. */
    private ExpressionResult notSet(DesignContext context, Object[] found, ValuesRead read) {
        String missing = plan.firstMissingUnguarded(found);
        return missing != null ? new ExpressionResult.NotSet(missing, read) : run(context, found, read);
    }

    /** The CEL program, for {@link NaiveEvaluator}. */
    CelRuntime.Program program() {
        return program;
    }

    private ExpressionResult failure(CelEvaluationException e, Object[] found, ValuesRead read) {
        if (e.getErrorCode() == CelErrorCode.ATTRIBUTE_NOT_FOUND) {
            String missing = plan.firstMissingUnguarded(found);
            if (missing != null) {
                return new ExpressionResult.NotSet(missing, read);
            }
        }
        return new ExpressionResult.Error(CelMessages.runtime(e), read);
    }

    @Override
    public String toString() {
        return expression.source();
    }
}
