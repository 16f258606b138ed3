package dev.tenet.engine.expression;

import dev.tenet.model.Expression;
import dev.tenet.model.Position;
import dev.tenet.model.ReadResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiles expressions for the tests, as if written at line 1, column 1 of {@code rule.yaml}. */
final class Rules {

    static final String FILE = "rule.yaml";
    static final ExpressionCompiler COMPILER = new ExpressionCompiler();

    private Rules() {
    }

    static ReadResult<CompiledExpression> compile(String source) {
        return COMPILER.compile(FILE, new Expression(source, Position.START));
    }

    /** Compiles an expression that must compile. */
    static CompiledExpression compiled(String source) {
        ReadResult<CompiledExpression> result = compile(source);
        assertThat(result.problems()).as("problems compiling %s", source).filteredOn(p -> p.isError()).isEmpty();
        return result.value();
    }

    /** Evaluates an expression against the claims-triage design. */
    static ExpressionResult evaluate(String source) {
        return compiled(source).evaluate(Designs.claimsTriageContext());
    }

    static ExpressionResult evaluate(String source, DesignContext context) {
        return compiled(source).evaluate(context);
    }
}
