package dev.tenet.web.audit;

import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.policy.PolicySync;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The policy library's moves and refused heads are in the trail, as events of no design, and the chain verifies. */
@SpringBootTest
class PolicyHeadAuditTest {

    private static Path repository;

    @Autowired
    PolicySync sync;
    @Autowired
    PolicyService policies;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        repository = TemporaryPolicyRepository.register(registry, "tenet-policy-audit");
    }

    @Test
    void aMoveAndARefusedHeadAreAuditedOnce() throws Exception {
        String before = policies.current().commit();
        String moved = commit("policies/NOTES.md", "Notes for reviewers.\n", "Add notes");
        sync.sync("pat");
        String broken = commit("policies/privacy-security/half-written.yaml",
                "apiVersion: tenet.dev/v1\nkind: Policy\nmetadata: [unclosed\n", "Add a half-written policy");
        sync.sync("webhook");
        sync.sync("polling");

        List<Map<String, Object>> events = jdbc.sql("SELECT action, actor, design_id, policy_commit, comment FROM audit_events"
                + " WHERE action LIKE 'POLICY_HEAD_%' ORDER BY seq").query().listOfRows();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).containsEntry("ACTION", "POLICY_HEAD_MOVED").containsEntry("ACTOR", "tenet")
                .containsEntry("DESIGN_ID", null).containsEntry("POLICY_COMMIT", moved);
        assertThat((String) events.get(0).get("COMMENT")).isEqualTo("policy library moved from " + before + " to " + moved);
        assertThat(events.get(1)).containsEntry("ACTION", "POLICY_HEAD_REFUSED").containsEntry("POLICY_COMMIT", broken);
        assertThat((String) events.get(1).get("COMMENT")).startsWith("refused " + broken + ": it does not load; still serving "
                + moved + "\npolicies/privacy-security/half-written.yaml:4:1: ");
        assertThat(trail.verify().valid()).isTrue();
    }

    private static String commit(String path, String content, String message) throws Exception {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        try (Git git = Git.open(repository.toFile())) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage(message).setAuthor("Pat Policy", "pat@tenet.invalid")
                    .setCommitter("Pat Policy", "pat@tenet.invalid").setSign(false).call().getName();
        }
    }
}
