package dev.tenet.web.catalog;

import dev.tenet.web.catalog.LineDiff.Edit;
import dev.tenet.web.catalog.LineDiff.Op;
import dev.tenet.web.catalog.LineDiff.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LineDiffTest {

    @Test
    void identicalFilesKeepEveryLine() {
        List<String> text = List.of("a", "b", "c");

        Script script = LineDiff.between(text, text);

        assertThat(script.edits()).extracting(Edit::op).containsOnly(Op.KEEP).hasSize(3);
        assertThat(script.minimal()).isTrue();
    }

    @Test
    void twoEmptyFilesHaveNoEdits() {
        Script script = LineDiff.between(List.of(), List.of());

        assertThat(script.edits()).isEmpty();
        assertThat(script.minimal()).isTrue();
    }

    @Test
    void anEmptyOlderFileIsAllAdded() {
        Script script = LineDiff.between(List.of(), List.of("a", "b"));

        assertThat(script.edits()).containsExactly(new Edit(Op.ADD, -1, 0), new Edit(Op.ADD, -1, 1));
    }

    @Test
    void anEmptyNewerFileIsAllRemoved() {
        Script script = LineDiff.between(List.of("a", "b"), List.of());

        assertThat(script.edits()).containsExactly(new Edit(Op.REMOVE, 0, -1), new Edit(Op.REMOVE, 1, -1));
    }

    @Test
    void anInsertedLineIsTheOnlyEdit() {
        Script script = LineDiff.between(List.of("a", "b", "c"), List.of("a", "b", "new", "c"));

        assertThat(script.edits()).containsExactly(new Edit(Op.KEEP, 0, 0), new Edit(Op.KEEP, 1, 1),
                new Edit(Op.ADD, -1, 2), new Edit(Op.KEEP, 2, 3));
    }

    @Test
    void aDeletedLineIsTheOnlyEdit() {
        Script script = LineDiff.between(List.of("a", "b", "c"), List.of("a", "c"));

        assertThat(script.edits()).containsExactly(new Edit(Op.KEEP, 0, 0), new Edit(Op.REMOVE, 1, -1),
                new Edit(Op.KEEP, 2, 1));
    }

    @Test
    void aReplacedLineIsRemovedAndAdded() {
        Script script = LineDiff.between(List.of("a", "old", "c"), List.of("a", "new", "c"));

        assertThat(script.count(Op.REMOVE)).isEqualTo(1);
        assertThat(script.count(Op.ADD)).isEqualTo(1);
        assertThat(script.count(Op.KEEP)).isEqualTo(2);
        assertReproduces(script, List.of("a", "old", "c"), List.of("a", "new", "c"));
    }

    @Test
    void changesInTheMiddleOfRepeatedLinesAreFoundExactly() {
        List<String> before = List.of("-", "x", "-", "y", "-", "z", "-");
        List<String> after = List.of("-", "x", "-", "-", "z", "w", "-");

        Script script = LineDiff.between(before, after);

        assertReproduces(script, before, after);
        assertThat(script.count(Op.REMOVE) + script.count(Op.ADD)).isEqualTo(distance(before, after));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void randomEditsGiveAShortestScriptThatReproducesBothFiles(int seed) {
        Random random = new Random(seed);
        List<String> before = randomLines(random, random.nextInt(40));
        List<String> after = mutate(random, before);

        Script script = LineDiff.between(before, after);

        assertReproduces(script, before, after);
        assertThat(script.count(Op.REMOVE) + script.count(Op.ADD)).as("edits").isEqualTo(distance(before, after));
        assertThat(script.minimal()).isTrue();
    }

    @Test
    void filesTooDifferentToSearchAreReplacedWholeButStillCorrectly() {
        List<String> before = IntStream.range(0, LineDiff.MAX_EDITS).mapToObj(i -> "old " + i).toList();
        List<String> after = IntStream.range(0, LineDiff.MAX_EDITS).mapToObj(i -> "new " + i).toList();
        List<String> framedBefore = framed(before);
        List<String> framedAfter = framed(after);

        Script script = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LineDiff.between(framedBefore, framedAfter));

        assertThat(script.minimal()).isFalse();
        assertReproduces(script, framedBefore, framedAfter);
        assertThat(script.edits().get(0)).as("the common first line is still kept").isEqualTo(new Edit(Op.KEEP, 0, 0));
        assertThat(script.edits().get(script.edits().size() - 1).op()).isEqualTo(Op.KEEP);
    }

    @Test
    void filesOverTheLineLimitAreNotSearchedButStillCompared() {
        List<String> before = IntStream.range(0, LineDiff.MAX_LINES + 1).mapToObj(i -> "line " + i).toList();
        List<String> after = new ArrayList<>(before);
        after.set(LineDiff.MAX_LINES / 2, "changed");

        Script script = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LineDiff.between(before, after));

        assertThat(script.minimal()).isFalse();
        assertReproduces(script, before, after);
        assertThat(script.count(Op.REMOVE)).as("common lines around the change are still set aside").isEqualTo(1);
    }

    @Test
    void aLargeFileWithFewChangesIsDiffedQuickly() {
        List<String> before = IntStream.range(0, LineDiff.MAX_LINES).mapToObj(i -> "line " + i).toList();
        List<String> after = new ArrayList<>(before);
        for (int i = 100; i < LineDiff.MAX_LINES; i += 1000) {
            after.set(i, "changed " + i);
        }

        Script script = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> LineDiff.between(before, after));

        assertThat(script.minimal()).isTrue();
        assertThat(script.count(Op.REMOVE)).isEqualTo(20);
        assertThat(script.count(Op.ADD)).isEqualTo(20);
        assertReproduces(script, before, after);
    }

    private static List<String> framed(List<String> middle) {
        List<String> lines = new ArrayList<>();
        lines.add("first");
        lines.addAll(middle);
        lines.add("last");
        return lines;
    }

    /** Every line of each file appears once, in order, and kept lines are equal on both sides. */
    private static void assertReproduces(Script script, List<String> before, List<String> after) {
        List<String> older = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        for (Edit edit : script.edits()) {
            if (edit.op() != Op.ADD) {
                assertThat(edit.before()).isEqualTo(older.size());
                older.add(before.get(edit.before()));
            }
            if (edit.op() != Op.REMOVE) {
                assertThat(edit.after()).isEqualTo(newer.size());
                newer.add(after.get(edit.after()));
            }
            if (edit.op() == Op.KEEP) {
                assertThat(before.get(edit.before())).isEqualTo(after.get(edit.after()));
            }
        }
        assertThat(older).isEqualTo(before);
        assertThat(newer).isEqualTo(after);
    }

    /** Lines removed plus lines added in a shortest script: both lengths less twice the longest common subsequence. */
    private static int distance(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return a.size() + b.size() - 2 * lcs[0][0];
    }

    private static List<String> randomLines(Random random, int count) {
        // a small alphabet, so that lines repeat and the search has real choices
        return IntStream.range(0, count).mapToObj(i -> "line " + random.nextInt(6)).toList();
    }

    private static List<String> mutate(Random random, List<String> lines) {
        List<String> mutated = new ArrayList<>(lines);
        int edits = random.nextInt(12);
        for (int e = 0; e < edits; e++) {
            int at = mutated.isEmpty() ? 0 : random.nextInt(mutated.size());
            switch (random.nextInt(3)) {
                case 0 -> mutated.add(at, "line " + random.nextInt(6));
                case 1 -> {
                    if (!mutated.isEmpty()) {
                        mutated.remove(at);
                    }
                }
                default -> {
                    if (!mutated.isEmpty()) {
                        mutated.set(at, "line " + random.nextInt(6));
                    }
                }
            }
        }
        return mutated;
    }
}
