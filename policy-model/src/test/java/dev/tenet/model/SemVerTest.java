package dev.tenet.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SemVerTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.0.0", "10.20.30", "1.0.0-alpha", "1.0.0-rc.1", "1.0.0+build.5", "1.0.0-beta.2+exp.sha"})
    void readsSemanticVersions(String text) {
        assertThat(SemVer.parse(text)).map(SemVer::toString).contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0-01", "1.0.0.0", "", "latest"})
    void refusesWhatIsNotASemanticVersion(String text) {
        assertThat(SemVer.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.0.0,1.0.1", "1.0.9,1.1.0", "1.9.9,2.0.0", "1.0.0-alpha,1.0.0", "1.0.0-alpha,1.0.0-alpha.1",
            "1.0.0-alpha.1,1.0.0-beta", "1.0.0-2,1.0.0-10", "1.0.0-rc.1,1.0.0-rc.a"})
    void ordersByPrecedence(String lower, String higher) {
        assertThat(SemVer.parse(lower).orElseThrow()).isLessThan(SemVer.parse(higher).orElseThrow());
    }

    @Test
    void ignoresBuildMetadataInOrdering() {
        assertThat(SemVer.parse("1.0.0+a").orElseThrow().compareTo(SemVer.parse("1.0.0+b").orElseThrow())).isZero();
    }
}
