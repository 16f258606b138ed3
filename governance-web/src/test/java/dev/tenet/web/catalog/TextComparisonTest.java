package dev.tenet.web.catalog;

import dev.tenet.web.catalog.TextComparison.Cell;
import dev.tenet.web.catalog.TextComparison.Kind;
import dev.tenet.web.catalog.TextComparison.Line;
import dev.tenet.web.catalog.TextComparison.Piece;
import dev.tenet.web.catalog.TextComparison.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextComparisonTest {

    @Test
    void splitsLinesOnEitherLineEndAndDropsTheLastLineEnd() {
        assertThat(TextComparison.lines("a\nb\r\nc\n")).containsExactly("a", "b", "c");
        assertThat(TextComparison.lines("a\n\nb")).containsExactly("a", "", "b");
        assertThat(TextComparison.lines("")).isEmpty();
    }

    @Test
    void aReplacedLineSitsBesideItsReplacementWithTheDifferenceMarked() {
        TextComparison comparison = TextComparison.of("id: a\nrequire: design.data.personal\nend\n",
                "id: a\nrequire: design.data.anonymous\nend\n");

        List<Row> rows = comparison.sideBySide(false);

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.CHANGED, Kind.SAME);
        Row changed = rows.get(1);
        assertThat(changed.before().number()).isEqualTo(2);
        assertThat(changed.after().number()).isEqualTo(2);
        assertThat(changed.before().pieces()).containsExactly(new Piece("require: design.data.", false),
                new Piece("personal", true));
        assertThat(changed.after().pieces()).containsExactly(new Piece("require: design.data.", false),
                new Piece("anonymous", true));
        assertThat(comparison.added()).isEqualTo(1);
        assertThat(comparison.removed()).isEqualTo(1);
    }

    @Test
    void moreAddedThanRemovedLinesLeaveTheOlderSideEmptyOnTheExtraRows() {
        List<Row> rows = TextComparison.of("a\nold\nz\n", "a\nnew 1\nnew 2\nz\n").sideBySide(false);

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.CHANGED, Kind.ADDED, Kind.SAME);
        assertThat(rows.get(2).before()).isEqualTo(Cell.NONE);
        assertThat(rows.get(2).after().number()).isEqualTo(3);
        assertThat(rows.get(3).before().number()).isEqualTo(3);
        assertThat(rows.get(3).after().number()).isEqualTo(4);
    }

    @Test
    void longUnchangedRunsFoldToTheirContext() {
        String before = numbered(1, 30);
        String after = before.replace("line 15\n", "line fifteen\n");

        List<Row> rows = TextComparison.of(before, after).sideBySide(true);

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.FOLD, Kind.SAME, Kind.SAME, Kind.SAME, Kind.CHANGED,
                Kind.SAME, Kind.SAME, Kind.SAME, Kind.FOLD);
        assertThat(rows.get(0).folded()).isEqualTo(11);
        assertThat(rows.get(1).before().number()).isEqualTo(12);
        assertThat(rows.get(8).folded()).isEqualTo(12);
    }

    @Test
    void withoutFoldingEveryLineIsShown() {
        String before = numbered(1, 30);

        List<Row> rows = TextComparison.of(before, before.replace("line 15\n", "line fifteen\n")).sideBySide(false);

        assertThat(rows).hasSize(30).noneMatch(row -> row.kind() == Kind.FOLD);
    }

    @Test
    void aRunOneLineLongerThanItsContextIsNotFolded() {
        String before = numbered(1, 5);

        List<Row> rows = TextComparison.of(before, before.replace("line 5\n", "line five\n")).sideBySide(true);

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.SAME, Kind.SAME, Kind.SAME, Kind.SAME, Kind.CHANGED);
    }

    @Test
    void theUnifiedViewListsAChangesRemovedLinesBeforeItsAddedOnes() {
        List<Line> lines = TextComparison.of("a\nb\nc\nz\n", "a\nB\nC\nz\n").unified(false);

        assertThat(lines).extracting(Line::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.REMOVED, Kind.ADDED,
                Kind.ADDED, Kind.SAME);
        assertThat(lines.get(1).before()).isEqualTo(2);
        assertThat(lines.get(1).after()).isZero();
        assertThat(lines.get(3).after()).isEqualTo(2);
        assertThat(lines.get(5).before()).isEqualTo(4);
        assertThat(lines.get(5).after()).isEqualTo(4);
    }

    @Test
    void anAddedFileIsAllAddedRows() {
        List<Row> rows = TextComparison.of("", "a\nb\n").sideBySide(true);

        assertThat(rows).extracting(Row::kind).containsExactly(Kind.ADDED, Kind.ADDED);
    }

    @Test
    void aMarkNeverSplitsASurrogatePair() {
        Row row = TextComparison.of("x \uD83D\uDE00\n", "x \uD83D\uDE01\n").sideBySide(false).get(0);

        assertThat(row.before().pieces()).containsExactly(new Piece("x ", false), new Piece("\uD83D\uDE00", true));
        assertThat(row.after().pieces()).containsExactly(new Piece("x ", false), new Piece("\uD83D\uDE01", true));
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
    }
}
