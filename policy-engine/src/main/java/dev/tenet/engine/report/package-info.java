/**
 * The output formats of {@code tenet check}: {@link dev.tenet.engine.report.TextReport} for people,
 * {@link dev.tenet.engine.report.JsonReport} in the HTTP API's shape,
 * {@link dev.tenet.engine.report.SarifReport} for code scanning and
 * {@link dev.tenet.engine.report.JUnitReport} for CI test dashboards.
 *
 * <p>Every report is deterministic: the same checked designs give the same bytes (UTF-8, {@code \n}
 * line endings, keys in a fixed order, no timestamps). The only package of the engine that uses
 * Jackson; no Jackson type appears in its public API.
 */
package dev.tenet.engine.report;
