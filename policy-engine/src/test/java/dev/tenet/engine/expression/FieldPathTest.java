package dev.tenet.engine.expression;

import dev.tenet.model.Expression;
import dev.tenet.model.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The paths an expression reads, found at compile time, with where each field is written. */
class FieldPathTest {

    @Test
    void everyPathIsFoundInSourceOrderWithWhetherHasGuardsIt() {
        List<FieldPath> paths = Rules.compiled("has(design.data.consent) && design.data.consent != 'none' || meta.team == 'x'").paths();

        assertThat(paths).extracting(FieldPath::path, FieldPath::guarded).containsExactly(
                tuple("design.data.consent", true), tuple("design.data.consent", false), tuple("meta.team", false));
    }

    @Test
    void fieldPositionsPointAtEachNameInTheFile() {
        Expression expression = new Expression("design.data.encryption.atRest", new Position(12, 16));

        FieldPath path = Rules.COMPILER.compile("p.yaml", expression).value().paths().get(0);

        assertThat(path.position()).isEqualTo(new Position(12, 16));
        assertThat(path.fields()).extracting(FieldPath.Field::name, FieldPath.Field::position).containsExactly(
                tuple("data", new Position(12, 23)), tuple("encryption", new Position(12, 28)),
                tuple("atRest", new Position(12, 39)));
    }

    @Test
    void spacesAndCommentsAroundDotsAreAllowed() {
        FieldPath path = Rules.compiled("design . data // the data section\n  .personal").paths().get(0);

        assertThat(path.fields()).extracting(FieldPath.Field::position)
                .containsExactly(new Position(1, 10), new Position(2, 4));
    }

    @Test
    void bracketKeyPositionPointsInsideTheQuotes() {
        FieldPath path = Rules.compiled("design.attestations['legal-review'].answer").paths().get(0);

        assertThat(path.path()).isEqualTo("design.attestations['legal-review'].answer");
        assertThat(path.fields()).extracting(FieldPath.Field::name, FieldPath.Field::position).containsExactly(
                tuple("attestations", new Position(1, 8)), tuple("legal-review", new Position(1, 22)),
                tuple("answer", new Position(1, 37)));
    }

    @Test
    void guardedPathWithMissingStepsKeepsItsRealPositions() {
        FieldPath path = Rules.compiled("has(design.security.rbac)").paths().get(0);

        assertThat(path.guarded()).isTrue();
        assertThat(path.fields()).extracting(FieldPath.Field::position)
                .containsExactly(new Position(1, 12), new Position(1, 21));
    }

    @Test
    void iterationVariableNamedLikeARootIsNotAPath() {
        List<FieldPath> paths = Rules.compiled("design.affectedStakeholders.exists(design, design == 'x')").paths();

        assertThat(paths).extracting(FieldPath::path).containsExactly("design.affectedStakeholders");
    }

    @Test
    void dynamicIndexEndsThePathBeforeIt() {
        List<FieldPath> paths = Rules.compiled("design.attestations[meta.name].answer").paths();

        assertThat(paths).extracting(FieldPath::path).containsExactly("design.attestations", "meta.name");
    }

    @Test
    void bareVariableIsNotAPath() {
        assertThat(Rules.compiled("'data' in design").paths()).isEmpty();
    }
}
