package dev.tenet.web.design;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceListingTest {

    @Test
    void numbersEveryLineAndPutsEachProblemUnderItsColumn() {
        SourceListing listing = SourceListing.of("a: 1\nb:\n  c: x\n",
                List.of(Problem.error("d.yaml", new Position(3, 3), "unknown key 'c'")));

        assertThat(listing.lines()).extracting(SourceListing.Line::number).containsExactly(1, 2, 3, 4);
        SourceListing.Line third = listing.lines().get(2);
        assertThat(third.highlighted()).isTrue();
        assertThat(third.problems()).containsExactly(new SourceListing.Marker("  ^", "unknown key 'c'"));
        assertThat(listing.lines().get(1).highlighted()).isFalse();
    }

    @Test
    void readsWindowsLineEnds() {
        assertThat(SourceListing.of("a: 1\r\nb: 2", List.of()).lines()).extracting(SourceListing.Line::text)
                .containsExactly("a: 1", "b: 2");
    }

    @Test
    void showsAProblemPastTheEndOnTheLastLine() {
        Problem beyond = Problem.error("d.yaml", new Position(9, 1), "unexpected end of the document");
        SourceListing listing = SourceListing.of("a: [1,", List.of(beyond));

        assertThat(listing.lines()).hasSize(1);
        assertThat(listing.lines().get(0).problems()).extracting(SourceListing.Marker::message)
                .containsExactly("unexpected end of the document");
        assertThat(listing.lineOf(beyond)).isEqualTo(1);
    }
}
