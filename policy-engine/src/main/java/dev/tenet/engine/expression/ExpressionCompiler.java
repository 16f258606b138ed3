package dev.tenet.engine.expression;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.tenet.model.Expression;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles rule expressions, once, when a policy bundle loads. Thread-safe and reusable: the CEL
 * environment is built once, in the constructor.
 *
 * <p>Expressions are CEL with two variables, {@code design} (the design's {@code spec}) and
 * {@code meta} (its {@code metadata}), both maps of string to dyn, with these choices:
 * <ul>
 *   <li>{@code has(a.b.c)} tests every step: it is false, not an error, when {@code a.b} is absent.</li>
 *   <li>ints and doubles compare with each other: {@code design.evaluation.confidenceThreshold >= 1}.</li>
 *   <li>comprehensions ({@code all}, {@code exists}, ...) stop after 10,000 steps in all.</li>
 * </ul>
 *
 * <p>A compile error is a {@link Problem} at its line and column inside the YAML file, with CEL's
 * message made readable; a result type that cannot be a boolean is a warning.
 *
 * <p>What compiling an expression's text gives (the CEL program, the paths it reads, its fast
 * paths) is kept, keyed by the text, for the compiler's life: a library loaded again at a newer
 * commit compiles only the expressions that changed, and identical expressions in a library are
 * compiled once. Only the positions are worked out again for each occurrence.
 */
public final class ExpressionCompiler {

    static final int MAX_ITERATIONS = 10_000;
    /** How many compiled texts are kept; beyond it the cache starts again empty. */
    static final int MAX_CACHED = 20_000;
    private static final Set<String> CONDITION_TYPES = Set.of("bool", "dyn");

    private final CelCompiler compiler;
    private final CelRuntime runtime;
    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();

    /** Builds the CEL environment. */
    public ExpressionCompiler() {
        CelOptions options = CelOptions.current()
                .enableHeterogeneousNumericComparisons(true)
                .comprehensionMaxIterations(MAX_ITERATIONS)
                .build();
        MapType object = MapType.create(SimpleType.STRING, SimpleType.DYN);
        this.compiler = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(options)
                .setStandardMacros(CelStandardMacro.ALL, CelStandardMacro.EXISTS, CelStandardMacro.EXISTS_ONE,
                        CelStandardMacro.MAP, CelStandardMacro.MAP_FILTER, CelStandardMacro.FILTER)
                .addMacros(GuardedHas.MACRO)
                .addVar(PathCollector.DESIGN, object)
                .addVar(PathCollector.META, object)
                .build();
        this.runtime = CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(options).build();
    }

    /**
     * Compiles an expression, placing problems from where its scalar starts. Exact for a one-line
     * plain scalar; prefer {@link #compile(String, Expression, String)} when the file text is at hand.
     *
     * @param file the file the expression was read from, as problems should name it
     */
    public ReadResult<CompiledExpression> compile(String file, Expression expression) {
        Objects.requireNonNull(file, "file");
        return compile(file, expression, ScalarSource.locate(expression, null));
    }

    /**
     * Compiles an expression read from {@code fileText}, the whole text of {@code file}, placing
     * problems exactly even in quoted and block scalars.
     */
    public ReadResult<CompiledExpression> compile(String file, Expression expression, String fileText) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fileText, "fileText");
        return compile(file, expression, ScalarSource.locate(expression, fileText));
    }

    private ReadResult<CompiledExpression> compile(String file, Expression expression, ScalarSource where) {
        if (expression.source().isBlank()) {
            return ReadResult.failure(List.of(Problem.error(file, where.at(0), "the expression is empty")));
        }
        ExpressionText text = new ExpressionText(expression.source());
        Prepared known = prepared.get(expression.source());
        if (known != null) {
            return compiled(file, expression, where, known);
        }
        CelValidationResult parsed = compiler.parse(expression.source());
        if (parsed.hasError()) {
            // after the first syntax error, the parser's others are mostly echoes of it
            return failure(file, where, text, parsed.getErrors().subList(0, 1));
        }
        try {
            CelValidationResult checked = compiler.check(parsed.getAst());
            if (checked.hasError()) {
                return failure(file, where, text, checked.getErrors());
            }
            CelAbstractSyntaxTree ast = checked.getAst();
            Prepared made = prepare(text, ast, runtime.createProgram(ast));
            if (prepared.size() >= MAX_CACHED) {
                prepared.clear();
            }
            prepared.put(expression.source(), made);
            return compiled(file, expression, where, made);
        } catch (CelValidationException | CelEvaluationException e) {
            return ReadResult.failure(List.of(Problem.error(file, where.at(0),
                    "cannot prepare the expression: " + CelMessages.runtime(e.getMessage()))));
        }
    }

    private static Prepared prepare(ExpressionText text, CelAbstractSyntaxTree ast, CelRuntime.Program program) {
        List<PathOccurrence> occurrences = PathCollector.collect(ast, text);
        EvaluationPlan plan = EvaluationPlan.of(occurrences);
        return new Prepared(program, PathCollector.asWritten(occurrences), plan, Shortcuts.of(ast.getExpr(), plan),
                ast.getResultType().name());
    }

    private static ReadResult<CompiledExpression> compiled(String file, Expression expression, ScalarSource where,
                                                           Prepared prepared) {
        List<FieldPath> paths = prepared.written().stream().map(occurrence -> fieldPath(occurrence, where)).toList();
        String type = prepared.type();
        CompiledExpression compiled = new CompiledExpression(expression, prepared.program(), paths, prepared.plan(),
                prepared.shortcut(), type);
        List<Problem> warnings = CONDITION_TYPES.contains(type) ? List.of()
                : List.of(Problem.warning(file, where.at(0), "the expression gives a value of type " + type
                        + ", not true or false; a rule needs a condition"));
        return ReadResult.success(compiled, warnings);
    }

    private static FieldPath fieldPath(PathOccurrence occurrence, ScalarSource where) {
        List<FieldPath.Field> fields = new ArrayList<>();
        for (int i = 0; i < occurrence.keys().size(); i++) {
            fields.add(new FieldPath.Field(occurrence.keys().get(i), where.at(occurrence.keyOffsets().get(i))));
        }
        return new FieldPath(occurrence.text(), occurrence.root(), fields, occurrence.guarded(),
                where.at(occurrence.rootOffset()));
    }

    /** What an expression's text compiles to, apart from positions in a file. Immutable. */
    private record Prepared(CelRuntime.Program program, List<PathOccurrence> written, EvaluationPlan plan,
                            Shortcut shortcut, String type) {
    }

    private static ReadResult<CompiledExpression> failure(String file, ScalarSource where, ExpressionText text,
                                                          List<CelIssue> issues) {
        List<Problem> problems = new ArrayList<>();
        for (CelIssue issue : issues) {
            int offset = text.offset(issue.getSourceLocation().getLine(), issue.getSourceLocation().getColumn());
            problems.add(Problem.error(file, where.at(offset), CelMessages.compile(issue.getMessage())));
        }
        return ReadResult.failure(problems);
    }
}
