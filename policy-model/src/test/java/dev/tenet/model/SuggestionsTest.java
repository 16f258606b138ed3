package dev.tenet.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("severity", "enforcement", "rules", "attestations", "appliesTo");

    @Test
    void suggestsTheClosestNameForATypo() {
        assertThat(Suggestions.closest("severty", KEYS)).contains("severity");
        assertThat(Suggestions.closest("enforcment", KEYS)).contains("enforcement");
    }

    @Test
    void suggestsAcrossSwappedLettersAndCase() {
        assertThat(Suggestions.closest("rlues", KEYS)).contains("rules");
        assertThat(Suggestions.closest("AppliesTo", KEYS)).contains("appliesTo");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggestions.closest("colour", KEYS)).isEmpty();
        assertThat(Suggestions.hint("zzz", KEYS)).isEmpty();
    }

    @Test
    void hintReadsAsAQuestion() {
        assertThat(Suggestions.hint("severty", KEYS)).isEqualTo(" (did you mean 'severity'?)");
    }
}
