package dev.tenet.model.yaml;

import dev.tenet.model.Position;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.TreeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.Random;

import static dev.tenet.model.yaml.Reads.onlyProblem;
import static dev.tenet.model.yaml.Reads.read;
import static dev.tenet.model.yaml.Reads.resource;
import static dev.tenet.model.yaml.Reads.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile or broken files are answered by a clear problem, in bounded time and memory, and never by
 * an exception. The timeouts only guard against hangs: they are not speed requirements.
 */
@Timeout(10)
class HostileInputTest {

    @Test
    void aBillionLaughsAliasBombIsRefusedWithoutExpandingIt() {
        ReadResult<TreeNode> result = read(resource("billion-laughs.yaml"));

        assertThat(result.isSuccess()).isFalse();
        assertThat(result.problems()).hasSize(81).first().hasToString("policies/test.yaml:1:4:"
                + " anchors and aliases are not supported (found '&a'); write the value out in full");
    }

    @Test
    void aFloodOfAliasesStopsAfterAHundredProblems() {
        ReadResult<TreeNode> result = read("a: &a [x]\nb: [" + "*a, ".repeat(100_000) + "*a]\n");

        assertThat(result.problems()).hasSize(101).last().asString()
                .endsWith("too many problems (more than 100 anchors, aliases, tags or overlong values);"
                        + " stopped reading here");
    }

    @Test
    void tenThousandNestedFlowListsStopAtTheNestingLimit() {
        assertThat(onlyProblem("a: " + "[".repeat(10_000) + "]".repeat(10_000)).toString())
                .isEqualTo("policies/test.yaml:1:103: nesting deeper than 100 levels; the limit is 100");
    }

    @Test
    void tenThousandUnclosedFlowMappingsStopAtTheNestingLimit() {
        assertThat(onlyProblem("{a: ".repeat(10_000)).position()).isEqualTo(new Position(1, 401));
    }

    @Test
    void deeplyNestedBlockMappingsStopAtTheNestingLimit() {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 200; depth++) {
            yaml.append(" ".repeat(depth)).append("k").append(depth).append(":\n");
        }

        assertThat(onlyProblem(yaml.toString()).toString())
                .isEqualTo("policies/test.yaml:101:101: nesting deeper than 100 levels; the limit is 100");
    }

    @Test
    void nestingJustWithinTheLimitReads() {
        assertThat(read("a: " + "[".repeat(99) + "]".repeat(99)).isSuccess()).isTrue();
    }

    @Test
    void nestingBeyondWhatTheStackHoldsIsAProblemNotACrash() {
        YamlReader unlimited = new YamlReader(new YamlLimits(64 << 20, 64 << 20, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 1 << 16));

        ReadResult<TreeNode> result = unlimited.read("deep.yaml", "a: " + "[".repeat(200_000) + "]".repeat(200_000));

        assertThat(onlyProblem(result).toString()).isEqualTo("deep.yaml:1:1: nesting is too deep to read");
    }

    @Test
    void aTwentyMegabyteScalarIsRefusedBySizeBeforeParsing() {
        assertThat(onlyProblem("a: " + "x".repeat(20_000_000)).toString())
                .isEqualTo("policies/test.yaml:1:1: file is 20.0 MB; the limit is 1 MiB");
    }

    @Test
    void aThirtyMegabyteFileIsRefusedBySizeBeforeParsing() {
        byte[] content = new byte[30_000_000];
        Arrays.fill(content, (byte) 'a');

        assertThat(onlyProblem(read(content)).toString())
                .isEqualTo("policies/test.yaml:1:1: file is 30.0 MB; the limit is 1 MiB");
    }

    @Test
    void aValueLongerThanTheLimitIsAProblemAtTheValue() {
        assertThat(onlyProblem("kind: Policy\ntitle: " + "x".repeat(70_000) + "\n").toString())
                .isEqualTo("policies/test.yaml:2:8: value is 70,000 characters long; the limit is 65,536");
    }

    @Test
    void tooManyValuesStopTheReadAtTheFirstOneOverTheLimit() {
        YamlReader reader = new YamlReader(new YamlLimits(1 << 20, 1 << 20, 100, 1_000, 1 << 16));

        ReadResult<TreeNode> result = reader.read("many.yaml", "a: [" + "1, ".repeat(2_000) + "1]");

        assertThat(onlyProblem(result).toString())
                .isEqualTo("many.yaml:1:2996: file has more than 1,000 values; the limit is 1,000");
    }

    @Test
    void tooManyCharactersAreRefusedBeforeParsing() {
        YamlReader reader = new YamlReader(new YamlLimits(1 << 20, 100, 100, 1_000, 1 << 16));

        assertThat(onlyProblem(reader.read("f.yaml", "a: " + "é".repeat(200))).toString())
                .isEqualTo("f.yaml:1:1: file has more than 100 characters; the limit is 100");
    }

    @Test
    void randomBytesAreAProblemNeverAnException() {
        Random random = new Random(20_270_131L);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[random.nextInt(4_096)];
            random.nextBytes(garbage);

            ReadResult<TreeNode> result = read(garbage);

            assertThat(result.isSuccess()).isFalse();
            assertThat(result.problems()).anyMatch(Problem::isError);
        }
    }

    @Test
    void randomYamlPunctuationIsAnAnswerNeverAnException() {
        Random random = new Random(42L);
        String alphabet = "ab:- \n\t[]{},#&*!|>'\"%@`?~0.";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(80); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }

            ReadResult<TreeNode> result = read(text.toString());

            assertThat(result.isSuccess() || result.problems().stream().anyMatch(Problem::isError)).isTrue();
        }
    }

    @Test
    void aFileOfOnlyNulBytesIsAProblemAtItsFirstByte() {
        assertThat(onlyProblem(read(new byte[1_000])).position()).isEqualTo(Position.START);
    }

    @Test
    void aFileJustUnderTheSizeLimitStillReads() {
        String big = "a: " + "x".repeat(60_000) + "\n";
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; yaml.length() + big.length() < YamlReader.DEFAULT_MAX_BYTES; i++) {
            yaml.append("k").append(i).append(big, 1, big.length());
        }

        assertThat(read(utf8(yaml.toString())).problems()).isEmpty();
    }
}
