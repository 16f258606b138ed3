package dev.tenet.engine.expression;

import dev.tenet.model.Expression;
import dev.tenet.model.Position;

/**
 * Where each character of an expression was written in its YAML file, so that a compile error or
 * an unknown field name points at the exact line and column.
 *
 * <p>With the file's text the expression is located exactly, whether its scalar is plain, quoted
 * or a block ({@code |}, {@code >}). Without it, or when the text does not match, positions are
 * approximated from where the scalar starts, which is exact for a single-line plain scalar.
 */
final class ScalarSource {

    private final Position[] positions;

    private ScalarSource(Position[] positions) {
        this.positions = positions;
    }

    /** Locates an expression in its file's text; {@code fileText} may be null when it is not known. */
    static ScalarSource locate(Expression expression, String fileText) {
        int[] value = expression.source().codePoints().toArray();
        if (fileText != null) {
            FileText file = new FileText(fileText);
            int start = file.offsetOf(expression.position());
            int[] offsets = start < 0 ? null : ScalarAligner.align(file, start, value);
            if (offsets != null) {
                return new ScalarSource(exact(file, offsets, expression.position()));
            }
        }
        return new ScalarSource(approximate(value, expression.position()));
    }

    /** The position of the expression's code point at {@code offset}; its end for an offset past it. */
    Position at(int offset) {
        return positions[Math.max(0, Math.min(offset, positions.length - 1))];
    }

    private static Position[] exact(FileText file, int[] offsets, Position scalar) {
        Position[] positions = new Position[offsets.length + 1];
        for (int i = 0; i < offsets.length; i++) {
            positions[i] = file.positionOf(offsets[i]);
        }
        positions[offsets.length] = offsets.length == 0 ? scalar : after(positions[offsets.length - 1]);
        return positions;
    }

    /** Line k, column c of the expression as line start + k; exact only for a one-line plain scalar. */
    private static Position[] approximate(int[] value, Position scalar) {
        Position[] positions = new Position[value.length + 1];
        int line = 0;
        int column = 0;
        for (int i = 0; i <= value.length; i++) {
            positions[i] = new Position(scalar.line() + line, line == 0 ? scalar.column() + column : column + 1);
            if (i < value.length && value[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return positions;
    }

    private static Position after(Position position) {
        return new Position(position.line(), position.column() + 1);
    }
}
