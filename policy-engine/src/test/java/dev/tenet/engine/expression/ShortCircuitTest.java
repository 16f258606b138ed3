package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.NotSet;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A path not set only matters when the result depends on it, as CEL's logic operators say. */
class ShortCircuitTest {

    private static final DesignContext NO_SECURITY = Designs.context(Designs.claimsTriageWithout("security"));

    @Test
    void guardThenUseIsTrueWhenTheSectionIsAbsent() {
        assertThat(Rules.evaluate("!has(design.security) || design.security.rbac", NO_SECURITY)).isInstanceOf(True.class);
    }

    @Test
    void guardThenUseReadsTheValueWhenTheSectionIsThere() {
        DesignContext noRbac = Designs.context(Designs.claimsTriageWith("security.rbac", false));

        assertThat(Rules.evaluate("!has(design.security) || design.security.rbac", noRbac)).isInstanceOf(False.class);
    }

    @Test
    void falseBeforeAndSkipsThePathNotSet() {
        assertThat(Rules.evaluate("design.transparency.sourcesCited && design.security.rbac", NO_SECURITY))
                .isInstanceOf(False.class);
    }

    @Test
    void trueOnEitherSideOfOrDecidesAsInCel() {
        assertThat(Rules.evaluate("design.security.rbac || design.data.personal", NO_SECURITY)).isInstanceOf(True.class);
    }

    @Test
    void orThatNeedsThePathNotSetIsNotSet() {
        assertThat(Rules.evaluate("design.security.rbac || design.transparency.sourcesCited", NO_SECURITY))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.security.rbac"));
    }

    @Test
    void andThatNeedsThePathNotSetIsNotSet() {
        assertThat(Rules.evaluate("design.data.personal && design.security.rbac", NO_SECURITY))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.security.rbac"));
    }

    @Test
    void conditionalOnlyReadsTheBranchItTakes() {
        assertThat(Rules.evaluate("design.data.personal ? design.data.optOut : design.security.rbac", NO_SECURITY))
                .isInstanceOf(True.class);
    }

    @Test
    void conditionalTakingTheBranchNotSetIsNotSet() {
        assertThat(Rules.evaluate("!design.data.personal ? true : design.security.rbac", NO_SECURITY))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("design.security.rbac"));
    }

    @Test
    void comprehensionBodyOverAnEmptyListReadsNothing() {
        DesignContext noStakeholders = Designs.context(Designs.claimsTriageWith("affectedStakeholders", Designs.list()));

        assertThat(Rules.evaluate("design.affectedStakeholders.all(s, design.security.rbac)",
                DesignContext.of(Designs.claimsTriageWithout("security"), Designs.claimsTriageMeta())))
                .isInstanceOf(NotSet.class);
        assertThat(Rules.evaluate("design.affectedStakeholders.all(s, s == design.x.y)", noStakeholders))
                .isInstanceOf(True.class);
    }
}
