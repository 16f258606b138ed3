package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.Error;
import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.NotSet;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of result, and that evaluation never throws. */
class ExpressionResultTest {

    @Test
    void expressionThatHoldsIsTrue() {
        assertThat(Rules.evaluate("design.data.encryption.atRest")).isInstanceOf(True.class);
    }

    @Test
    void expressionThatDoesNotHoldIsFalse() {
        assertThat(Rules.evaluate("design.transparency.sourcesCited")).isInstanceOf(False.class);
    }

    @Test
    void missingLeafIsNotSetWithTheWholePath() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data.encryption.atRest"));

        assertThat(Rules.evaluate("design.data.encryption.atRest", design))
                .isEqualTo(new NotSet("design.data.encryption.atRest", read("design.data.encryption.atRest")));
    }

    @Test
    void missingIntermediateMapIsNotSetWithTheWholePath() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        assertThat(Rules.evaluate("design.security.rbac", design))
                .isEqualTo(new NotSet("design.security.rbac", read("design.security.rbac")));
    }

    @Test
    void notSetInsideAComparisonIsStillNotSet() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data.retentionDays"));

        assertThat(Rules.evaluate("design.data.retentionDays <= 730", design))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.data.retentionDays"));
    }

    @Test
    void firstMissingPathInSourceOrderIsTheOneReported() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        ExpressionResult result = Rules.evaluate("design.security.rbac == design.security.authentication", design);

        assertThat(result).isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.security.rbac"));
    }

    @Test
    void typeMismatchIsAnErrorNotAnException() {
        assertThat(Rules.evaluate("design.description > 3")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("'>' cannot be applied to values of these types"));
    }

    @Test
    void divisionByZeroIsAnError() {
        assertThat(Rules.evaluate("design.data.retentionDays / 0 > 1")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("division by zero"));
    }

    @Test
    void resultThatIsNotABooleanIsAnError() {
        assertThat(Rules.evaluate("design.data.retentionDays + 1")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("the expression gave an int (366), not true or false"));
    }

    @Test
    void dynamicValueThatIsNotABooleanIsAnError() {
        assertThat(Rules.evaluate("design.data.consent")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("the expression gave a string ('explicit'), not true or false"));
    }

    @Test
    void selectingAFieldOfAScalarIsAnErrorNotNotSet() {
        assertThat(Rules.evaluate("design.data.personal.really")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("cannot read field 'really': the value before it is not a map"));
    }

    @Test
    void missingKeyOfAMapBuiltInTheExpressionIsAnError() {
        assertThat(Rules.evaluate("{'a': true}['b']")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("no key 'b' in the map"));
    }

    @Test
    void listIndexOutOfRangeIsAnError() {
        assertThat(Rules.evaluate("design.capabilities[3] == 'generative'")).isInstanceOfSatisfying(Error.class,
                error -> assertThat(error.message()).isEqualTo("list index 3 is out of range"));
    }

    @Test
    void runawayComprehensionStopsWithAnError() {
        String source = "design.affectedStakeholders.all(a, [" + "1,".repeat(200) + "1].all(b, [" + "1,".repeat(200)
                + "1].all(c, true)))";

        assertThat(Rules.evaluate(source)).isInstanceOfSatisfying(Error.class, error -> assertThat(error.message())
                .isEqualTo("the expression took more than 10000 steps of all(), exists(), map() or filter()"));
    }

    private static ValuesRead read(String unsetPath) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(unsetPath, null);
        return new ValuesRead(values, List.of(unsetPath));
    }
}
