/**
 * {@code tenet lint}: everything that keeps a policy library from loading (schema, identity, checks
 * across files, CEL that does not compile, design fields that do not exist), and what makes it
 * weaker than it looks: policies and rules no test checks, expressions that are not conditions,
 * risk tiers that leave designs without a line, and policies changed since a revision without a
 * new version. {@link dev.tenet.engine.lint.Linter} finds them; {@link dev.tenet.engine.lint.LintReport}
 * prints them.
 */
package dev.tenet.engine.lint;
