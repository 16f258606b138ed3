package dev.tenet.engine.expression;

import dev.tenet.model.Expression;
import dev.tenet.model.Policy;
import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.Rule;
import dev.tenet.model.read.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compile errors point at the line and column inside the YAML file, whatever the scalar style. */
class CompileErrorPositionTest {

    private static final String FILE = "policies/privacy-security/scalar-styles.yaml";
    private static String text;
    private static Policy policy;

    @BeforeAll
    static void readPolicy() throws IOException {
        try (InputStream in = CompileErrorPositionTest.class.getResourceAsStream("/expression/privacy-security/scalar-styles.yaml")) {
            byte[] bytes = in.readAllBytes();
            text = new String(bytes, StandardCharsets.UTF_8);
            policy = new DocumentReader().read(FILE, bytes, Policy.class).value();
        }
    }

    @ParameterizedTest(name = "{0} scalar: error at {1}:{2}")
    @CsvSource({
            "plain, 14, 40",
            "double-quoted, 18, 56",
            "single-quoted, 22, 52",
            "literal-block, 28, 14",
            "folded-block, 34, 31",
            "multi-line-plain, 39, 12",
    })
    void compileErrorPointsAtTheMisspeltNameInsideTheFile(String rule, int line, int column) {
        List<Problem> problems = Rules.COMPILER.compile(FILE, require(rule), text).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(line, column));
    }

    @Test
    void problemPrintsAsFileLineColumnWithAHumanMessage() {
        List<Problem> problems = Rules.COMPILER.compile(FILE, require("plain"), text).problems();

        assertThat(problems).extracting(Problem::toString).containsExactly(
                FILE + ":14:40: undeclared reference to 'desing' (did you mean 'design'?)");
    }

    @Test
    void withoutTheFileTextAOneLinePlainScalarIsStillExact() {
        List<Problem> problems = Rules.COMPILER.compile(FILE, require("plain")).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(14, 40));
    }

    @Test
    void withoutTheFileTextAQuotedScalarIsPlacedFromWhereItStarts() {
        List<Problem> problems = Rules.COMPILER.compile(FILE, require("double-quoted")).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(18, 53));
    }

    @Test
    void fileTextThatDoesNotHoldTheExpressionFallsBackToTheScalarPosition() {
        Expression moved = new Expression("design.x && desing.y", new Position(14, 16));

        List<Problem> problems = Rules.COMPILER.compile(FILE, moved, text).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(14, 28));
    }

    @Test
    void syntaxErrorAtTheEndPointsJustPastTheLastCharacter() {
        Expression expression = new Expression("design.data.personal &&", new Position(3, 10));

        List<Problem> problems = Rules.COMPILER.compile("p.yaml", expression, "a: 1\nb: 2\nrequire: design.data.personal &&\n").problems();

        assertThat(problems).extracting(Problem::toString)
                .containsExactly("p.yaml:3:33: the expression ends too soon");
    }

    @Test
    void escapedCharactersInADoubleQuotedScalarCountAsWritten() {
        String file = "require: \"meta.name == '\\u00e9t\\u00e9' && desing.x\"\n";
        Expression expression = new Expression("meta.name == 'été' && desing.x", new Position(1, 10));

        List<Problem> problems = Rules.COMPILER.compile("p.yaml", expression, file).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(1, 43));
    }

    @Test
    void windowsLineEndingsInABlockScalarKeepLinesRight() {
        String file = "rules:\r\n  - require: |\r\n      design.x\r\n        || desing.y\r\n";
        Expression expression = new Expression("design.x\n  || desing.y\n", new Position(2, 14));

        List<Problem> problems = Rules.COMPILER.compile("p.yaml", expression, file).problems();

        assertThat(problems).extracting(Problem::position).containsExactly(new Position(4, 12));
    }

    private static Expression require(String ruleId) {
        return policy.rules().stream().filter(rule -> rule.id().equals(ruleId)).map(Rule::require).findFirst().orElseThrow();
    }
}
