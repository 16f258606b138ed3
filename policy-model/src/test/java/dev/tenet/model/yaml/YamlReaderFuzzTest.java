package dev.tenet.model.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tenet.model.Problem;
import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.TreeNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes {@link YamlReader} with arbitrary bytes: it never throws, a failure always carries an error,
 * and every problem points inside the file.
 *
 * <p>A plain {@code ./mvnw -pl policy-model test} runs this once per seed in
 * {@code src/test/resources/dev/tenet/model/yaml/YamlReaderFuzzTestInputs/readingAnyBytesGivesAnAnswerInsideTheFile/}
 * (Jazzer's regression mode). To fuzz for 30 seconds, from the repository root, with SnakeYAML
 * instrumented too so that the fuzzer is guided through the parser:
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='dev.tenet.**:org.yaml.snakeyaml.**' \
 *     ./mvnw -pl policy-model test -Dtest=YamlReaderFuzzTest
 * }</pre>
 *
 * <p>Jazzer keeps the inputs it learns from in {@code policy-model/.cifuzz-corpus/} (not committed) and
 * writes an input that breaks a property into the seed directory above, where it stays as a regression
 * test once the bug is fixed.
 */
class YamlReaderFuzzTest {

    private static final YamlReader READER = new YamlReader();

    @FuzzTest(maxDuration = "30s")
    void readingAnyBytesGivesAnAnswerInsideTheFile(byte[] content) {
        ReadResult<TreeNode> result = READER.read("fuzz.yaml", content);

        if (!result.isSuccess()) {
            assertThat(result.problems()).anyMatch(Problem::isError);
        }
        int lines = lineCount(content);
        for (Problem problem : result.problems()) {
            assertThat(problem.file()).isEqualTo("fuzz.yaml");
            assertThat(problem.position().line()).isBetween(1, lines);
            assertThat(problem.position().column()).isBetween(1, content.length + 1);
        }
    }

    /** Lines as an editor counts them: breaks at LF, CRLF and CR; UTF-8 never puts those bytes inside a character. */
    private static int lineCount(byte[] content) {
        int lines = 1;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' || content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
