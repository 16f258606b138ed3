package dev.tenet.model.yaml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The limits a reader applies, and how they are described in problems. */
class YamlLimitsTest {

    @Test
    void defaultsAreOneMebibyteAHundredLevelsAndAHundredThousandValues() {
        assertThat(YamlLimits.DEFAULTS).isEqualTo(new YamlLimits(1_048_576, 1_048_576, 100, 100_000, 65_536));
        assertThat(YamlReader.DEFAULT_MAX_BYTES).isEqualTo(1_048_576);
    }

    @Test
    void everyLimitMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new YamlLimits(0, 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new YamlLimits(1, 1, -1, 1, 1));
    }

    @Test
    void byteLimitsAreDescribedAsTheyAreSet() {
        assertThat(YamlReader.describeBytes(1 << 20)).isEqualTo("1 MiB");
        assertThat(YamlReader.describeBytes(64 << 10)).isEqualTo("64 KiB");
        assertThat(YamlReader.describeBytes(1000)).isEqualTo("1000 bytes");
    }

    @Test
    void theByteLimitAppliesToTextByItsUtf8Length() {
        YamlReader reader = new YamlReader(new YamlLimits(10, 100, 10, 10, 10));

        assertThat(reader.read("f.yaml", "a: ééé").isSuccess()).isTrue();
        assertThat(reader.read("f.yaml", "a: éééé").problems()).singleElement()
                .hasToString("f.yaml:1:1: file is 11 bytes; the limit is 10 bytes");
    }
}
