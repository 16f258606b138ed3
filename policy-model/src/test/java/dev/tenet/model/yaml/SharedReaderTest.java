package dev.tenet.model.yaml;

import dev.tenet.model.ReadResult;
import dev.tenet.model.tree.TreeNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.tenet.model.yaml.Reads.resource;
import static org.assertj.core.api.Assertions.assertThat;

/** One reader serves many threads: it holds no state between reads. */
class SharedReaderTest {

    @Test
    @Timeout(30)
    void oneReaderGivesEveryThreadTheSameAnswersAsReadingAlone() throws Exception {
        YamlReader reader = new YamlReader();
        List<byte[]> files = List.of(resource("policy.yaml"), resource("duplicates.yaml"),
                resource("positions.yaml"), resource("billion-laughs.yaml"));
        List<ReadResult<TreeNode>> alone = files.stream().map(f -> reader.read("f.yaml", f)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ReadResult<TreeNode>>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                byte[] file = files.get(i % files.size());
                futures.add(pool.submit(() -> reader.read("f.yaml", file)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % files.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
