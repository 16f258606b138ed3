package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.persistence.TemporaryPolicyRepository;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignChanged;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The whole application: the workflow's changes land in the trail, in their own transaction, and the API reads them. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailApplicationTest {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor OTTO = new Actor("otto", "payments", Set.of("ENGINEER"));
    static final Actor TARA = new Actor("tara", "talent", Set.of("ENGINEER"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));

    @Autowired
    SubmissionService submissions;
    @Autowired
    Designs designs;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        TemporaryPolicyRepository.register(registry, "tenet-audit-test");
    }

    @Test
    void aSavedDesignHasItsEventInTheTrail() {
        Design design = submissions.save(ERIN, "claims-triage.yaml", example("claims-triage")).design();

        assertThat(trail.eventsOf(design.id())).singleElement().satisfies(event -> {
            assertThat(event.entry().actor()).isEqualTo("erin");
            assertThat(event.entry().action()).isEqualTo("CREATED");
            assertThat(event.entry().revision()).isEqualTo(1);
        });
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void aChangeThatRollsBackLeavesNoEvent() {
        long before = trail.verify().events();

        transaction.executeWithoutResult(tx -> {
            submissions.save(TARA, "resume-screener.yaml", example("resume-screener"));
            tx.setRollbackOnly();
        });

        assertThat(designs.findByTeamAndName("talent", "resume-screener")).isEmpty();
        assertThat(trail.verify()).isEqualTo(new Verification(true, before, null));
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefused() {
        DesignChanged change = new DesignChanged("erin", "CREATED", 999, "claims/ghost", 1, "", "", "",
                Instant.now());

        assertThatThrownBy(() -> events.publishEvent(change)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theApiShowsADesignsEventsToItsTeamAndNotToAnother() throws Exception {
        Design design = submissions.save(ERIN, "claim-form-extraction.yaml", example("claim-form-extraction")).design();

        mvc.perform(get("/api/v1/audit/events").param("design", design.id().toString()).with(as(ERIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].action").value("CREATED"))
                .andExpect(jsonPath("$.content[0].designId").value(design.id()));
        mvc.perform(get("/api/v1/audit/events").with(as(PAT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].designId", hasItem(design.id().intValue())));
        mvc.perform(get("/api/v1/audit/events").param("design", design.id().toString()).with(as(OTTO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/audit/events").with(as(OTTO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty());
    }

    @Test
    void theApiVerifiesTheChainForAnyoneSignedIn() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").with(as(OTTO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageShowsTheTrail() throws Exception {
        submissions.save(ERIN, "claims-triage.yaml", example("claims-triage"));

        mvc.perform(get("/audit").with(as(PAT))).andExpect(status().isOk());
    }

    private static RequestPostProcessor as(Actor actor) {
        return user(SignedInUser.of(actor));
    }

    private static String example(String name) {
        try {
            return Files.readString(TemporaryPolicyRepository.library().resolve("examples").resolve(name + ".yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
