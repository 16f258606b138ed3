package dev.tenet.engine.expression;

import dev.tenet.engine.expression.ExpressionResult.False;
import dev.tenet.engine.expression.ExpressionResult.NotSet;
import dev.tenet.engine.expression.ExpressionResult.True;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Attestation answers, an organisation's extensions and the design's metadata. */
class OpenSectionsTest {

    @Test
    void attestationAnswerIsReadByItsId() {
        assertThat(Rules.evaluate("design.attestations['legal-review'].answer")).isInstanceOf(True.class);
    }

    @Test
    void unansweredAttestationIsNotSet() {
        assertThat(Rules.evaluate("design.attestations['ethics-review'].answer"))
                .isInstanceOfSatisfying(NotSet.class,
                        notSet -> assertThat(notSet.path()).isEqualTo("design.attestations['ethics-review'].answer"));
    }

    @Test
    void attestationIdCanBeTestedWithIn() {
        assertThat(Rules.evaluate("'legal-review' in design.attestations")).isInstanceOf(True.class);
        assertThat(Rules.evaluate("'ethics-review' in design.attestations")).isInstanceOf(False.class);
    }

    @Test
    void extensionFieldsAreReadLikeAnyOther() {
        assertThat(Rules.evaluate("design.extensions.costCenter.startsWith('cc-')")).isInstanceOf(True.class);
    }

    @Test
    void extensionFieldWrittenWithBracketsIsTheSamePath() {
        ExpressionResult result = Rules.evaluate("design['extensions']['costCenter'] == 'cc-1234'");

        assertThat(result).isInstanceOf(True.class);
        assertThat(result.values()).containsOnlyKeys("design.extensions.costCenter");
    }

    @Test
    void metadataIsReadAsMeta() {
        assertThat(Rules.evaluate("meta.team == 'claims' && meta.owner == 'erin'")).isInstanceOf(True.class);
    }

    @Test
    void metadataFieldNotSetIsNotSet() {
        DesignContext withoutOwner = DesignContext.of(Designs.claimsTriage(), Designs.map("name", "x", "team", "y"));

        assertThat(Rules.evaluate("meta.owner != meta.name", withoutOwner))
                .isInstanceOfSatisfying(NotSet.class, notSet -> assertThat(notSet.path()).isEqualTo("meta.owner"));
    }
}
