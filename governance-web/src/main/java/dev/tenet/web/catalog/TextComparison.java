package dev.tenet.web.catalog;

import dev.tenet.web.catalog.Hunks.Change;
import dev.tenet.web.catalog.Hunks.Hunk;
import dev.tenet.web.catalog.Hunks.Same;
import dev.tenet.web.catalog.LineDiff.Edit;
import dev.tenet.web.catalog.LineDiff.Op;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Two versions of a text file compared line by line, laid out for reading: side by side, with a
 * removed line and the added line that replaces it on one row and the part of each that differs
 * marked, or unified, the removed lines of a change above its added ones. Long runs of unchanged
 * lines fold into one row, keeping {@value #CONTEXT} lines of context around every change, as
 * GitHub's pull-request diff does.
 */
final class TextComparison {

    /** Unchanged lines kept on each side of a change when folding. */
    static final int CONTEXT = 3;

    /** What a row or line shows. */
    enum Kind {
        /** The same line in both versions. */
        SAME,
        /** A removed line beside the added line that takes its place. */
        CHANGED,
        /** A line only the older version has. */
        REMOVED,
        /** A line only the newer version has. */
        ADDED,
        /** Unchanged lines left out; {@code folded} says how many. */
        FOLD
    }

    /** A stretch of a line's text; marked where a changed line differs from its counterpart. */
    record Piece(String text, boolean marked) {
    }

    /**
     * One version's side of a row.
     *
     * @param number the 1-based line number, or 0 when this side has no line on the row
     * @param pieces the line's text
     */
    record Cell(int number, List<Piece> pieces) {

        static final Cell NONE = new Cell(0, List.of());

        Cell {
            pieces = List.copyOf(pieces);
        }

        public boolean present() {
            return number > 0;
        }
    }

    /** A row of the side-by-side view. */
    record Row(Kind kind, Cell before, Cell after, int folded) {
    }

    /** A line of the unified view: its number in each version that has it (0 for none). */
    record Line(Kind kind, int before, int after, List<Piece> pieces, int folded) {

        Line {
            pieces = List.copyOf(pieces);
        }
    }

    private final List<String> before;
    private final List<String> after;
    private final LineDiff.Script script;
    private final List<Hunk> hunks;

    private TextComparison(List<String> before, List<String> after) {
        this.before = before;
        this.after = after;
        this.script = LineDiff.between(before, after);
        this.hunks = Hunks.of(script.edits());
    }

    /** Compares two texts; {@code \n} and {@code \r\n} both end a line. */
    static TextComparison of(String before, String after) {
        return new TextComparison(lines(before), lines(after));
    }

    /** The lines of a text, without their line ends; an empty text has none. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int stop = end < 0 ? text.length() : end;
            if (stop > start && text.charAt(stop - 1) == '\r') {
                stop--;
            }
            lines.add(text.substring(start, stop));
            start = next;
        }
        return lines;
    }

    int added() {
        return (int) script.count(Op.ADD);
    }

    int removed() {
        return (int) script.count(Op.REMOVE);
    }

    /** Whether the script is a shortest one (false for inputs over {@link LineDiff}'s limits). */
    boolean minimal() {
        return script.minimal();
    }

    /** The side-by-side rows; with {@code fold}, long unchanged runs become one row. */
    List<Row> sideBySide(boolean fold) {
        List<Row> rows = new ArrayList<>();
        for (int index = 0; index < hunks.size(); index++) {
            Hunk hunk = hunks.get(index);
            if (hunk instanceof Same same) {
                forEachShown(same, index, fold,
                        edit -> rows.add(new Row(Kind.SAME, cell(before, edit.before()), cell(after, edit.after()), 0)),
                        hidden -> rows.add(new Row(Kind.FOLD, Cell.NONE, Cell.NONE, hidden)));
            } else {
                Change change = (Change) hunk;
                int paired = Math.min(change.removed().size(), change.added().size());
                for (int i = 0; i < paired; i++) {
                    rows.add(changed(change.removed().get(i), change.added().get(i)));
                }
                change.removed().subList(paired, change.removed().size())
                        .forEach(i -> rows.add(new Row(Kind.REMOVED, cell(before, i), Cell.NONE, 0)));
                change.added().subList(paired, change.added().size())
                        .forEach(j -> rows.add(new Row(Kind.ADDED, Cell.NONE, cell(after, j), 0)));
            }
        }
        return rows;
    }

    /** The unified lines; with {@code fold}, long unchanged runs become one line. */
    List<Line> unified(boolean fold) {
        List<Line> lines = new ArrayList<>();
        for (int index = 0; index < hunks.size(); index++) {
            Hunk hunk = hunks.get(index);
            if (hunk instanceof Same same) {
                forEachShown(same, index, fold,
                        edit -> lines.add(new Line(Kind.SAME, edit.before() + 1, edit.after() + 1,
                                plain(after.get(edit.after())), 0)),
                        hidden -> lines.add(new Line(Kind.FOLD, 0, 0, List.of(), hidden)));
            } else {
                Change change = (Change) hunk;
                change.removed().forEach(i -> lines.add(new Line(Kind.REMOVED, i + 1, 0, plain(before.get(i)), 0)));
                change.added().forEach(j -> lines.add(new Line(Kind.ADDED, 0, j + 1, plain(after.get(j)), 0)));
            }
        }
        return lines;
    }

    /** Shows an unchanged run's lines, or only its context lines with a fold for the rest. */
    private void forEachShown(Same same, int index, boolean fold, Consumer<Edit> shown, IntConsumer folded) {
        List<Edit> lines = same.lines();
        int keepStart = index == 0 ? 0 : CONTEXT;
        int keepEnd = index == hunks.size() - 1 ? 0 : CONTEXT;
        int hidden = lines.size() - keepStart - keepEnd;
        if (!fold || hidden < 2) {
            lines.forEach(shown);
            return;
        }
        lines.subList(0, keepStart).forEach(shown);
        folded.accept(hidden);
        lines.subList(lines.size() - keepEnd, lines.size()).forEach(shown);
    }

    private Row changed(int removed, int added) {
        String older = before.get(removed);
        String newer = after.get(added);
        int prefix = 0;
        int limit = Math.min(older.length(), newer.length());
        while (prefix < limit && older.charAt(prefix) == newer.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(older.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && older.charAt(older.length() - 1 - suffix) == newer.charAt(newer.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(older.charAt(older.length() - suffix))) {
            suffix--;
        }
        return new Row(Kind.CHANGED, new Cell(removed + 1, marked(older, prefix, suffix)),
                new Cell(added + 1, marked(newer, prefix, suffix)), 0);
    }

    private static List<Piece> marked(String line, int prefix, int suffix) {
        List<Piece> pieces = new ArrayList<>(3);
        if (prefix > 0) {
            pieces.add(new Piece(line.substring(0, prefix), false));
        }
        if (line.length() - suffix > prefix) {
            pieces.add(new Piece(line.substring(prefix, line.length() - suffix), true));
        }
        if (suffix > 0) {
            pieces.add(new Piece(line.substring(line.length() - suffix), false));
        }
        return pieces;
    }

    private static Cell cell(List<String> lines, int index) {
        return new Cell(index + 1, plain(lines.get(index)));
    }

    private static List<Piece> plain(String line) {
        return line.isEmpty() ? List.of() : List.of(new Piece(line, false));
    }
}
