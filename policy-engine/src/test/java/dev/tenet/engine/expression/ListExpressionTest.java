package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.NotSet;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists in designs: membership, size and the comprehension macros. */
class ListExpressionTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'text-classification' in design.capabilities | true",
            "'generative' in design.capabilities | false",
            "size(design.affectedStakeholders) > 0 | true",
            "design.affectedStakeholders.size() == 2 | true",
            "design.affectedStakeholders.all(s, size(s) > 3) | true",
            "design.affectedStakeholders.exists(s, s == 'adjusters') | true",
            "design.affectedStakeholders.exists_one(s, s.startsWith('c')) | true",
            "design.data.sensitiveCategories.exists(c, c in ['health', 'biometric']) | true",
            "design.affectedStakeholders.filter(s, s != 'claimants') == ['adjusters'] | true",
            "design.affectedStakeholders.map(s, size(s)) == [9, 9] | true",
            "design.capabilities.all(c, c != 'generative') | true",
    })
    void listExpressionDecides(String source, boolean expected) {
        assertThat(Rules.evaluate(source)).isInstanceOf(expected ? True.class : False.class);
    }

    @Test
    void membershipInAListNotSetIsNotSet() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data.sensitiveCategories"));

        assertThat(Rules.evaluate("'health' in design.data.sensitiveCategories", design))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.data.sensitiveCategories"));
    }

    @Test
    void macroOverAListNotSetIsNotSet() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("affectedStakeholders"));

        assertThat(Rules.evaluate("design.affectedStakeholders.exists(s, s == 'claimants')", design))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.affectedStakeholders"));
    }

    @Test
    void guardedMacroOverAListNotSetIsFalse() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data.sensitiveCategories"));

        assertThat(Rules.evaluate("has(design.data.sensitiveCategories) && design.data.sensitiveCategories.exists(c, c == 'health')",
                design)).isInstanceOf(False.class);
    }

    @Test
    void emptyListMakesAllTrueAndExistsFalse() {
        DesignContext design = Designs.context(Designs.claimsTriageWith("affectedStakeholders", Designs.list()));

        assertThat(Rules.evaluate("design.affectedStakeholders.all(s, s == 'x')", design)).isInstanceOf(True.class);
        assertThat(Rules.evaluate("design.affectedStakeholders.exists(s, s == 'x')", design)).isInstanceOf(False.class);
    }
}
