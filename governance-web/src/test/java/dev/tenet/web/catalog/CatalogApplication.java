package dev.tenet.web.catalog;

import dev.tenet.web.account.Accounts;
import dev.tenet.web.catalog.PolicyHistoryRepository.Commits;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;

/**
 * The application on loopback with its own H2 database and a policy repository with a history
 * ({@link PolicyHistoryRepository}: three commits on {@code main}, a proposal branch, a broken one,
 * a tag), and stored designs of two teams made through the real workflow over the API:
 * <ul>
 *   <li>{@code claims/triage}: the claims-triage example, in review; blocked at {@code main}
 *   (365 days of retention), passing at {@code v1} and on the proposal;</li>
 *   <li>{@code claims/no-opt-out}: 30 days of retention, no opt-out, in review; passes with advice
 *   at {@code main}, blocked on the proposal (opting out hard-mandatory);</li>
 *   <li>{@code claims/revised}: like triage, sent back by the research reviewer {@code reese} and
 *   revised: a DRAFT that {@code reese} signed, and so still sees, and {@code ruth} does not;</li>
 *   <li>{@code other/screener}: the resume-screener example of team other, in review;</li>
 *   <li>{@code other/otto-draft}: like triage, never submitted: only team other and admins see it.</li>
 * </ul>
 * The catalog's test classes share this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@AutoConfigureMockMvc
abstract class CatalogApplication {

    static final String PASSWORD = "catalog-password-long-enough";
    static Commits commits;
    private static Designs designs;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    /** The ids of the stored designs. */
    record Designs(long triage, long noOptOut, long revised, long screener, long ottoDraft) {
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("tenet-catalog-test");
            Path repository = Files.createDirectories(folder.resolve("policies-repo"));
            commits = PolicyHistoryRepository.create(repository);
            registry.add("tenet.data-dir", () -> folder.resolve("data").toString());
            registry.add("tenet.policies.repository", repository::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The people and designs, made once for the context. */
    Designs designs() {
        synchronized (CatalogApplication.class) {
            if (designs == null) {
                person("ellen", "claims", "ENGINEER");
                person("otto", "other", "ENGINEER");
                person("reese", "", "RESEARCH");
                person("ruth", "", "RESEARCH");
                person("paige", "", "POLICY");
                person("adele", "", "ADMIN");
                long triage = submitted("ellen", design("claims-triage", "triage", "claims", UnaryOperator.identity()));
                long noOptOut = submitted("ellen", design("claims-triage", "no-opt-out", "claims", yaml -> yaml
                        .replace("retentionDays: 365", "retentionDays: 30").replace("optOut: true", "optOut: false")));
                String revisedYaml = design("claims-triage", "revised", "claims", UnaryOperator.identity());
                long revised = submitted("ellen", revisedYaml);
                CatalogClient.ok(as("reese").post("/api/v1/designs/" + revised + "/reviews", "{\"stage\": \"research\","
                        + " \"verdict\": \"REQUEST_CHANGES\", \"comment\": \"say who reads the claims\"}"));
                CatalogClient.ok(as("ellen").postYaml("/api/v1/designs", revisedYaml));
                long screener = submitted("otto", design("resume-screener", "screener", "other", UnaryOperator.identity()));
                long ottoDraft = CatalogClient.ok(as("otto").postYaml("/api/v1/designs",
                        design("claims-triage", "otto-draft", "other", UnaryOperator.identity()))).path("id").asLong();
                designs = new Designs(triage, noOptOut, revised, screener, ottoDraft);
            }
            return designs;
        }
    }

    CatalogClient as(String username) {
        return new CatalogClient(port, username, PASSWORD);
    }

    CatalogClient anonymous() {
        return new CatalogClient(port, null, null);
    }

    private void person(String username, String team, String role) {
        accounts.createUser(username, username, team, List.of(role), PASSWORD);
    }

    private long submitted(String engineer, String yaml) {
        long id = CatalogClient.ok(as(engineer).postYaml("/api/v1/designs", yaml)).path("id").asLong();
        JsonNode submitted = CatalogClient.ok(as(engineer).post("/api/v1/designs/" + id + "/submit", null));
        return submitted.path("id").asLong();
    }

    /** An example design of the library under another name and team, edited. */
    static String design(String example, String name, String team, UnaryOperator<String> edit) {
        try {
            String yaml = Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(example + ".yaml"));
            yaml = yaml.replaceFirst("(?m)^  name: .*$", Matcher.quoteReplacement("  name: " + name))
                    .replaceFirst("(?m)^  team: .*$", Matcher.quoteReplacement("  team: " + team));
            return edit.apply(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
