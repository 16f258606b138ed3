package dev.tenet.engine.expression;

import dev.tenet.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CEL's compile messages, made readable for rule authors. */
class CompileMessageTest {

    @Test
    void undeclaredVariableSuggestsTheClosestVariable() {
        assertThat(messages("desing.data.personal"))
                .containsExactly("undeclared reference to 'desing' (did you mean 'design'?)");
    }

    @Test
    void undeclaredFunctionSuggestsTheClosestFunction() {
        assertThat(messages("sizee(design.affectedStakeholders) > 0"))
                .containsExactly("undeclared reference to 'sizee' (did you mean 'size'?)");
    }

    @Test
    void messagesCarryNoInputPrefixesNorCaretArt() {
        List<Problem> problems = Rules.compile("design.x ==").problems();

        assertThat(problems).extracting(Problem::message).allSatisfy(message -> {
            assertThat(message).doesNotContain("<input>", "ERROR", "^", "\n", "container");
        });
    }

    @Test
    void onlyTheFirstSyntaxErrorIsReported() {
        assertThat(messages("design.data.personal & design.x")).containsExactly("unexpected character '&'");
    }

    @Test
    void unbalancedParenthesisSaysWhatIsMissing() {
        assertThat(messages("(design.x")).containsExactly("missing ')' at the end");
    }

    @Test
    void strayTokenSaysWhatWasExpected() {
        assertThat(messages("design.x)")).containsExactly("unexpected ')': expected the end of the expression");
    }

    @Test
    void typeErrorNamesTheOperatorWithoutCelsSpelling() {
        assertThat(messages("design.data.personal && 1")).containsExactly("'&&' cannot be applied to (dyn, int)");
    }

    @Test
    void everyTypeErrorIsReported() {
        assertThat(Rules.compile("1 + 'a' == 2 && 'b' - 1 == 0").problems()).hasSize(2);
    }

    @Test
    void macroWithTheWrongArgumentsShowsHowToCallIt() {
        assertThat(messages("design.capabilities.exists(c)")).first().asString()
                .startsWith("exists() takes a variable and a condition");
    }

    @Test
    void hasOfSomethingOtherThanAFieldShowsHowToCallIt() {
        assertThat(messages("has(design)"))
                .containsExactly("has() needs a field to test, like has(design.data.personal)");
    }

    @Test
    void emptyExpressionSaysSo() {
        assertThat(messages("  ")).containsExactly("the expression is empty");
    }

    @Test
    void resultThatCannotBeABooleanIsAWarningNotAnError() {
        List<Problem> problems = Rules.compile("design.data.retentionDays + 1").problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.level()).isEqualTo(Problem.Level.WARNING);
            assertThat(problem.message()).contains("type int, not true or false");
        });
    }

    @Test
    void dynamicResultIsNotWarnedAbout() {
        assertThat(Rules.compile("design.data.encryption.atRest").problems()).isEmpty();
    }

    private static List<String> messages(String source) {
        return Rules.compile(source).problems().stream().map(Problem::message).toList();
    }
}
