package dev.tenet.engine.docs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text made safe for Markdown table cells. */
class MarkdownTest {

    @Test
    void aPipeInACellIsEscaped() {
        assertThat(Markdown.cell("a | b")).isEqualTo("a \\| b");
    }

    @Test
    void lineBreaksInsideAParagraphBecomeSpacesAndParagraphsBreaks() {
        assertThat(Markdown.cell("one\ntwo\n\nthree\n")).isEqualTo("one two<br><br>three");
    }

    @Test
    void angleBracketsAreNotReadAsHtml() {
        assertThat(Markdown.cell("keep <script> out")).isEqualTo("keep &lt;script> out");
    }

    @Test
    void anEmptyCellShowsADash() {
        assertThat(Markdown.cell("  ")).isEqualTo("—");
    }

    @Test
    void codeIsOneLineWithPipesLeftAsWritten() {
        assertThat(Markdown.code("a ||\n  b")).isEqualTo("`a || b`");
    }

    @Test
    void codeInATableCellHasItsPipesEscaped() {
        assertThat(Markdown.codeCell("a ||\n  b")).isEqualTo("`a \\|\\| b`");
    }

    @Test
    void codeHoldingABacktickUsesADoubleFence() {
        assertThat(Markdown.code("x `y`")).isEqualTo("`` x `y` ``");
    }
}
