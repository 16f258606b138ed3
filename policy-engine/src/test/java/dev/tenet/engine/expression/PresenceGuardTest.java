package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.Error;
import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code has()} tests every step of its path, so an absent section reads as "not there", not an error. */
class PresenceGuardTest {

    @Test
    void hasOfASetFieldIsTrue() {
        assertThat(Rules.evaluate("has(design.data.personal)")).isInstanceOf(True.class);
    }

    @Test
    void hasOfAMissingLeafIsFalse() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security.rbac"));

        assertThat(Rules.evaluate("has(design.security.rbac)", design)).isInstanceOf(False.class);
    }

    @Test
    void hasUnderAMissingSectionIsFalseNotAnError() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        assertThat(Rules.evaluate("has(design.security.rbac)", design)).isInstanceOf(False.class);
    }

    @Test
    void hasThreeLevelsDownUnderAMissingSectionIsFalse() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data"));

        assertThat(Rules.evaluate("has(design.data.encryption.atRest)", design)).isInstanceOf(False.class);
    }

    @Test
    void hasThroughAnAttestationIdThatIsNotAnsweredIsFalse() {
        assertThat(Rules.evaluate("has(design.attestations['ethics-review'].answer)")).isInstanceOf(False.class);
        assertThat(Rules.evaluate("has(design.attestations['legal-review'].answer)")).isInstanceOf(True.class);
    }

    @Test
    void emptyYamlValueReadsAsNotThere() {
        DesignContext design = Designs.context(Designs.claimsTriageWith("data.consent", null));

        assertThat(Rules.evaluate("has(design.data.consent)", design)).isInstanceOf(False.class);
    }

    @Test
    void hasOfAFieldOfAScalarIsAnError() {
        assertThat(Rules.evaluate("has(design.data.personal.really)")).isInstanceOf(Error.class);
    }

    @Test
    void guardedPathThatIsAbsentIsNeverNotSet() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        assertThat(Rules.evaluate("!has(design.security.anonymousEndpoints)", design)).isInstanceOf(True.class);
    }

    @Test
    void hasOfMetadataOwnerTellsWhetherTheServerFilledItIn() {
        DesignContext withoutOwner = DesignContext.of(Designs.claimsTriage(), Designs.map("name", "x", "team", "y"));

        assertThat(Rules.evaluate("has(meta.owner)", withoutOwner)).isInstanceOf(False.class);
        assertThat(Rules.evaluate("has(meta.owner)")).isInstanceOf(True.class);
    }
}
