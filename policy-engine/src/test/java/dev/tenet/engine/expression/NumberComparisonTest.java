package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers from YAML (ints as Long, doubles as Double) compare as a rule author expects. */
class NumberComparisonTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "design.data.retentionDays <= 730 | true",
            "design.data.retentionDays <= 365 | true",
            "design.data.retentionDays < 365 | false",
            "design.data.retentionDays == 365 | true",
            "design.evaluation.confidenceThreshold >= 0.5 | true",
            "design.evaluation.confidenceThreshold > 0.8 | false",
            "design.evaluation.confidenceThreshold >= 1 | false",
            "design.evaluation.confidenceThreshold < 1 | true",
            "design.evaluation.confidenceThreshold > 0 | true",
            "design.data.retentionDays <= 730.0 | true",
            "design.data.retentionDays == 365.0 | true",
            "design.data.retentionDays / 2 == 182 | true",
            "design.extensions.review.tier == 2 | true",
    })
    void numericComparisonDecides(String source, boolean expected) {
        assertThat(Rules.evaluate(source)).isInstanceOf(expected ? True.class : False.class);
    }

    @Test
    void integerFromAnotherSourceComparesAsAnInt() {
        DesignContext design = Designs.context(Designs.claimsTriageWith("data.retentionDays", 400));

        assertThat(Rules.evaluate("design.data.retentionDays > 365", design)).isInstanceOf(True.class);
    }

    @Test
    void bigIntegerThatFitsALongComparesAsAnInt() {
        DesignContext design = Designs.context(Designs.claimsTriageWith("data.retentionDays", BigInteger.valueOf(30)));

        assertThat(Rules.evaluate("design.data.retentionDays <= 365", design)).isInstanceOf(True.class);
    }

    @Test
    void bigIntegerBeyondALongComparesAsADouble() {
        DesignContext design = Designs.context(Designs.claimsTriageWith("data.retentionDays", BigInteger.TEN.pow(30)));

        assertThat(Rules.evaluate("design.data.retentionDays > 365", design)).isInstanceOf(True.class);
    }
}
