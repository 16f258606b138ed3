package dev.tenet.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {

    @Test
    void printsAsFileLineColumnMessage() {
        assertThat(Problem.error("p.yaml", new Position(12, 5), "unknown key 'severty'"))
                .hasToString("p.yaml:12:5: unknown key 'severty'");
        assertThat(Problem.warning("p.yaml", new Position(1, 1), "no test")).hasToString("p.yaml:1:1: warning: no test");
    }

    @Test
    void sortsByFileThenPosition() {
        Problem late = Problem.error("a.yaml", new Position(10, 1), "x");
        Problem early = Problem.error("a.yaml", new Position(2, 9), "x");
        Problem sameLine = Problem.error("a.yaml", new Position(2, 3), "x");
        Problem otherFile = Problem.error("b.yaml", new Position(1, 1), "x");
        assertThat(List.of(otherFile, late, early, sameLine).stream().sorted().toList())
                .containsExactly(sameLine, early, late, otherFile);
    }

    @Test
    void positionsAreOneBased() {
        assertThatThrownBy(() -> new Position(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureSortsAndDeduplicatesItsProblems() {
        Problem a = Problem.error("f", new Position(3, 1), "a");
        Problem b = Problem.error("f", new Position(1, 1), "b");
        ReadResult<String> result = ReadResult.failure(List.of(a, b, a));
        assertThat(result.problems()).containsExactly(b, a);
        assertThat(result.isSuccess()).isFalse();
    }

    @Test
    void aSuccessKeepsItsWarningsThroughLaterSteps() {
        Problem warning = Problem.warning("f", Position.START, "w");
        ReadResult<Integer> result = ReadResult.success("x", List.of(warning)).then(x -> ReadResult.success(x.length()));
        assertThat(result.value()).isEqualTo(1);
        assertThat(result.problems()).containsExactly(warning);
    }

    @Test
    void aSuccessCannotCarryErrors() {
        assertThatThrownBy(() -> ReadResult.success("x", List.of(Problem.error("f", Position.START, "e"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
