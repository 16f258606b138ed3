/**
 * Rule expressions: CEL compiled once when a bundle loads, evaluated against designs, explained by
 * the values they read, and checked against the WorkloadDesign schema. The only package of the
 * engine that uses CEL ({@code dev.cel}); none of its types appear in this package's API.
 *
 * <p>{@link dev.tenet.engine.expression.ExpressionCompiler} compiles; a
 * {@link dev.tenet.engine.expression.DesignContext} holds one design converted once;
 * {@link dev.tenet.engine.expression.CompiledExpression#evaluate} gives an
 * {@link dev.tenet.engine.expression.ExpressionResult}; {@link dev.tenet.engine.expression.FieldCatalog}
 * finds misspelt field names.
 */
package dev.tenet.engine.expression;
