package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static dev.tenet.model.yaml.Reads.onlyProblem;
import static dev.tenet.model.yaml.Reads.read;
import static org.assertj.core.api.Assertions.assertThat;

/** Files are UTF-8, with or without a byte order mark; anything else is a problem with a position. */
class EncodingTest {

    @Test
    void utf8WithAByteOrderMarkReads() {
        byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ':', ' ', '1'};

        assertThat(read(content).value().toPlain()).isEqualTo(java.util.Map.of("a", 1L));
    }

    @Test
    void nonAsciiTextReadsIntact() {
        assertThat(read("title: \"Zürich – 東京 😀\"\n".getBytes(StandardCharsets.UTF_8)).value().toPlain())
                .isEqualTo(java.util.Map.of("title", "Zürich – 東京 😀"));
    }

    @Test
    void utf16WithAByteOrderMarkIsRefusedAsNotUtf8() {
        byte[] content = "\uFEFFkind: Policy\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(onlyProblem(read(content)).toString()).isEqualTo("policies/test.yaml:1:1: file must be UTF-8,"
                + " but it starts with a UTF-16 byte order mark; save it as UTF-8");
    }

    @Test
    void utf32WithAByteOrderMarkIsRefusedAsNotUtf8() {
        byte[] content = "\uFEFFkind: Policy\n".getBytes(Charset.forName("UTF-32BE"));

        assertThat(onlyProblem(read(content)).message()).contains("UTF-32");
    }

    @Test
    void anInvalidByteIsReportedAtItsLineAndColumn() {
        byte[] content = {'k', ':', ' ', 'v', '\n', 't', ':', ' ', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, '"'};

        assertThat(onlyProblem(read(content)).toString()).isEqualTo("policies/test.yaml:2:6: file must be UTF-8,"
                + " but byte 0xFF here is not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void latin1TextIsReportedAtTheFirstAccentedLetter() {
        byte[] content = "a: 1\r\nowner: José\r\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(onlyProblem(read(content)).position().toString()).isEqualTo("2:11");
    }

    @Test
    void aTruncatedMultiByteCharacterAtTheEndIsReported() {
        byte[] content = {'a', ':', ' ', (byte) 0xE2, (byte) 0x82};

        assertThat(onlyProblem(read(content)).position().toString()).isEqualTo("1:4");
    }

    @Test
    void aNulCharacterIsAProblemAtItsPosition() {
        assertThat(onlyProblem("kind: Policy\nspec: a\u0000b\n").toString()).isEqualTo("policies/test.yaml:2:8:"
                + " the file contains a NUL character (U+0000), which YAML does not allow; is it a binary file?");
    }

    @Test
    void aControlCharacterIsAProblemAtItsPosition() {
        assertThat(onlyProblem("a: 1\nb: \"x\u0007\"\n").toString())
                .isEqualTo("policies/test.yaml:2:6: character U+0007 is not allowed in YAML; remove it");
    }

    @Test
    void unicodeLineSeparatorsAreRefusedSoNoKeyHidesOnALine() {
        assertThat(onlyProblem("a: x\u2028b: y\n").toString()).startsWith("policies/test.yaml:1:5: character"
                + " U+2028 (a Unicode line break) is not allowed");
    }

    @Test
    void anUnpairedSurrogateInTextIsAProblem() {
        assertThat(onlyProblem("a: \"\uD800\"\n").toString())
                .isEqualTo("policies/test.yaml:1:5: character U+D800 is not allowed in YAML; remove it");
    }
}
