package dev.tenet.engine.expression;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A design is converted once into the values expressions read. */
class DesignContextTest {

    @Test
    void emptyValuesAreDroppedSoTheyReadAsNotSet() {
        DesignContext context = Designs.context(Designs.map("data", Designs.map("consent", null, "personal", true)));

        assertThat(context.design()).isEqualTo(Map.of("data", Map.of("personal", true)));
    }

    @Test
    void integersBecomeLongsAndOtherNumbersDoubles() {
        DesignContext context = Designs.context(Designs.map("a", 1, "b", BigInteger.valueOf(2), "c", 1.5f,
                "d", BigInteger.TEN.pow(20)));

        assertThat(context.design()).containsEntry("a", 1L).containsEntry("b", 2L).containsEntry("c", 1.5)
                .containsEntry("d", 1e20);
    }

    @Test
    void mapsKeepTheirOrder() {
        DesignContext context = Designs.claimsTriageContext();

        assertThat(context.design().keySet()).startsWith("description", "capabilities", "decisionImpact");
    }

    @Test
    void laterChangesToTheTreeDoNotReachTheContext() {
        List<Object> capabilities = Designs.list("text-classification");
        Map<String, Object> spec = Designs.claimsTriageWith("capabilities", capabilities);
        DesignContext context = Designs.context(spec);

        spec.put("description", "changed");
        capabilities.add("generative");

        assertThat(Rules.evaluate("'generative' in design.capabilities", context)).isInstanceOf(ExpressionResult.False.class);
        assertThat(context.design().get("description")).isNotEqualTo("changed");
    }

    @Test
    void contextCannotBeChanged() {
        DesignContext context = Designs.claimsTriageContext();

        assertThatThrownBy(() -> context.design().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) context.design().get("capabilities")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
