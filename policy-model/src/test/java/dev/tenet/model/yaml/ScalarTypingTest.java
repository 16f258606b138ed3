package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.tree.ScalarNode;
import dev.tenet.model.tree.ScalarNode.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.util.stream.Stream;

import static dev.tenet.model.yaml.Reads.at;
import static dev.tenet.model.yaml.Reads.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Scalars are typed by the YAML 1.2 core schema, from what was written and how it was quoted. */
class ScalarTypingTest {

    static Stream<Arguments> plainScalars() {
        return Stream.of(
                arguments("true", Type.BOOLEAN, true),
                arguments("True", Type.BOOLEAN, true),
                arguments("TRUE", Type.BOOLEAN, true),
                arguments("false", Type.BOOLEAN, false),
                arguments("False", Type.BOOLEAN, false),
                arguments("FALSE", Type.BOOLEAN, false),
                arguments("null", Type.NULL, null),
                arguments("Null", Type.NULL, null),
                arguments("NULL", Type.NULL, null),
                arguments("~", Type.NULL, null),
                arguments("", Type.NULL, null),
                arguments("0", Type.INTEGER, 0L),
                arguments("42", Type.INTEGER, 42L),
                arguments("-17", Type.INTEGER, -17L),
                arguments("+17", Type.INTEGER, 17L),
                arguments("007", Type.INTEGER, 7L),
                arguments("0o17", Type.INTEGER, 15L),
                arguments("0x1F", Type.INTEGER, 31L),
                arguments("0xff", Type.INTEGER, 255L),
                arguments("9223372036854775807", Type.INTEGER, Long.MAX_VALUE),
                arguments("9223372036854775808", Type.INTEGER, new BigInteger("9223372036854775808")),
                arguments("-9223372036854775809", Type.INTEGER, new BigInteger("-9223372036854775809")),
                arguments("1.5", Type.NUMBER, 1.5),
                arguments("-0.25", Type.NUMBER, -0.25),
                arguments(".5", Type.NUMBER, 0.5),
                arguments("1.", Type.NUMBER, 1.0),
                arguments("1e3", Type.NUMBER, 1000.0),
                arguments("1.5E-2", Type.NUMBER, 0.015),
                arguments("+2.5e+1", Type.NUMBER, 25.0),
                arguments(".inf", Type.NUMBER, Double.POSITIVE_INFINITY),
                arguments("-.Inf", Type.NUMBER, Double.NEGATIVE_INFINITY),
                arguments("+.INF", Type.NUMBER, Double.POSITIVE_INFINITY),
                arguments(".nan", Type.NUMBER, Double.NaN),
                arguments(".NaN", Type.NUMBER, Double.NaN),
                arguments("yes", Type.STRING, "yes"),
                arguments("no", Type.STRING, "no"),
                arguments("on", Type.STRING, "on"),
                arguments("off", Type.STRING, "off"),
                arguments("y", Type.STRING, "y"),
                arguments("tRUE", Type.STRING, "tRUE"),
                arguments("nULL", Type.STRING, "nULL"),
                arguments("2027-01-31", Type.STRING, "2027-01-31"),
                arguments("1.0.0", Type.STRING, "1.0.0"),
                arguments("0o8", Type.STRING, "0o8"),
                arguments("0X1F", Type.STRING, "0X1F"),
                arguments("-0x1F", Type.STRING, "-0x1F"),
                arguments("1_000", Type.STRING, "1_000"),
                arguments("0b101", Type.STRING, "0b101"),
                arguments("12:30", Type.STRING, "12:30"),
                arguments("Infinity", Type.STRING, "Infinity"),
                arguments("NaN", Type.STRING, "NaN"),
                arguments("1d", Type.STRING, "1d"),
                arguments("-x", Type.STRING, "-x"),
                arguments(".", Type.STRING, "."),
                arguments("design.data.personal", Type.STRING, "design.data.personal"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("plainScalars")
    void plainScalarsAreTypedByTheCoreSchema(String written, Type type, Object value) {
        ScalarNode scalar = (ScalarNode) at(tree("value: " + written + "\n"), "value");

        assertThat(scalar.type()).isEqualTo(type);
        assertThat(scalar.value()).isEqualTo(value);
        assertThat(scalar.text()).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} is a string")
    @MethodSource("quotedScalars")
    void quotedAndBlockScalarsAreAlwaysStrings(String written, String value) {
        ScalarNode scalar = (ScalarNode) at(tree("value: " + written), "value");

        assertThat(scalar.type()).isEqualTo(Type.STRING);
        assertThat(scalar.value()).isEqualTo(value);
    }

    static Stream<Arguments> quotedScalars() {
        return Stream.of(
                arguments("\"true\"", "true"),
                arguments("'42'", "42"),
                arguments("\"\"", ""),
                arguments("''", ""),
                arguments("'null'", "null"),
                arguments("\"1.5\"", "1.5"),
                arguments("|\n  42\n", "42\n"),
                arguments(">-\n  true\n", "true"));
    }

    @Test
    void keysKeepTheirTextWhateverTheyLookLike() {
        assertThat(tree("1: a\ntrue: b\n~: c\n0x10: d\n\"quoted\": e\n").toPlain())
                .containsOnlyKeys("1", "true", "~", "0x10", "quoted");
    }

    @Test
    void anEmptyValueIsNull() {
        assertThat(at(tree("a:\nb: 1\n"), "a")).isEqualTo(new ScalarNode(new Position(1, 3),
                Type.NULL, null, ""));
    }

    @Test
    void aVeryLongIntegerIsAProblemRatherThanSlowToParse() {
        assertThat(Reads.onlyProblem("value: " + "9".repeat(5000) + "\n").toString())
                .isEqualTo("policies/test.yaml:1:8: number is 5,000 characters long; the limit is 1,000");
    }
}
