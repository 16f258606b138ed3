package dev.tenet.engine.expression;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** Every result carries the values the expression read, so a reviewer sees why. */
class ValuesReadTest {

    @Test
    void valuesAreListedInSourceOrder() {
        ExpressionResult result = Rules.evaluate("design.data.personal && design.data.encryption.atRest && meta.team == 'claims'");

        assertThat(result.values()).containsExactly(entry("design.data.personal", true),
                entry("design.data.encryption.atRest", true), entry("meta.team", "claims"));
        assertThat(result.unset()).isEmpty();
    }

    @Test
    void pathNotSetMapsToNullAndIsListedAsUnset() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("data.encryption.atRest"));

        ExpressionResult result = Rules.evaluate("!design.data.personal || design.data.encryption.atRest", design);

        assertThat(result.values()).containsExactly(entry("design.data.personal", true),
                entry("design.data.encryption.atRest", null));
        assertThat(result.unset()).containsExactly("design.data.encryption.atRest");
        assertThat(result.read().isSet("design.data.personal")).isTrue();
        assertThat(result.read().isSet("design.data.encryption.atRest")).isFalse();
    }

    @Test
    void guardedPathIsReadToo() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        ExpressionResult result = Rules.evaluate("has(design.security.rbac)", design);

        assertThat(result.values()).containsExactly(entry("design.security.rbac", null));
    }

    @Test
    void pathReadTwiceIsListedOnce() {
        ExpressionResult result = Rules.evaluate("design.data.retentionDays > 0 && design.data.retentionDays <= 730");

        assertThat(result.values()).containsExactly(entry("design.data.retentionDays", 365L));
    }

    @Test
    void pathThatLeadsToALongerOneIsLeftOut() {
        ExpressionResult result = Rules.evaluate("has(design.security) && design.security.rbac");

        assertThat(result.values()).containsOnlyKeys("design.security.rbac");
    }

    @Test
    void listsAndMapsAreShownWhole() {
        ExpressionResult result = Rules.evaluate("'generative' in design.capabilities || size(design.data.encryption) > 3");

        assertThat(result.values()).containsExactly(entry("design.capabilities", List.of("text-classification")),
                entry("design.data.encryption", Map.of("atRest", true, "inTransit", true)));
    }

    @Test
    void errorAndNotSetResultsCarryTheirValuesToo() {
        DesignContext design = Designs.context(Designs.claimsTriageWithout("security"));

        assertThat(Rules.evaluate("design.description > 3").values()).containsKey("design.description");
        assertThat(Rules.evaluate("design.security.rbac", design).values()).containsKey("design.security.rbac");
    }

    @Test
    void expressionReadingNoPathHasNoValues() {
        ExpressionResult result = Rules.evaluate("true");

        assertThat(result.values()).isEmpty();
        assertThat(result.unset()).isEmpty();
    }

    @Test
    void valuesCannotBeChanged() {
        Map<String, Object> values = Rules.evaluate("design.data.personal").values();

        assertThatThrownBy(() -> values.put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
