package dev.tenet.web.policy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.tenet.web.policy.Client.json;
import static dev.tenet.web.policy.WebhookSignatureTest.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The application polling a local policy repository every 200 ms, without a webhook secret: a
 * commit is picked up with nobody asking, and every signed call is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "tenet.policies.poll-interval=PT0.2S"})
@Import(RecordedMoves.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyPollingTests {

    private static final Path FOLDER = temporaryFolder();
    private static final LibraryRepository LIBRARY = LibraryRepository.create(FOLDER.resolve("team"));

    @LocalServerPort
    int port;
    @Autowired
    PolicyService policies;
    @Autowired
    RecordedMoves moves;
    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @DynamicPropertySource
    static void localRepository(DynamicPropertyRegistry registry) {
        registry.add("tenet.data-dir", () -> FOLDER.resolve("data").toString());
        registry.add("tenet.policies.repository", () -> LIBRARY.workTree().toString());
    }

    @AfterAll
    void closeTheRepository() {
        LIBRARY.close();
    }

    @Test
    void pollingIsOneTaskAtTheConfiguredInterval() {
        List<ScheduledTask> tasks = scheduled.stream().flatMap(holder -> holder.getScheduledTasks().stream()).toList();

        assertThat(tasks).singleElement().extracting(ScheduledTask::getTask).isInstanceOfSatisfying(FixedDelayTask.class,
                task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMillis(200)));
    }

    @Test
    void aCommitIsPickedUpWithNobodyAsking() {
        String before = policies.current().commit();
        String after = LIBRARY.commit("Add a note", "policies/NOTES.md", "notes\n");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(moves.all())
                .extracting(PolicyHeadMoved::from, PolicyHeadMoved::to).contains(tuple(before, after)));

        assertThat(policies.current().commit()).isEqualTo(after);
    }

    @Test
    void aSignedCallIsRefusedWhenNoSecretIsConfigured() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = Client.api(port).post("/api/v1/policies/sync", body,
                "X-GitHub-Event", "push", WebhookSignature.HEADER, sign("a secret this server does not have", body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(response).path("detail").asString()).as("a stranger is not told that no secret is set")
                .contains("signature does not match the body").doesNotContain("no webhook secret");
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("tenet-polling-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
