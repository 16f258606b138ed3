package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AuditApi.class)
@Import(AuditReader.class)
class AuditApiTest {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor BO = new Actor("bo", "", Set.of("BOARD"));
    static final AuditEvent SUBMITTED = new AuditEvent(42, new AuditEntry("erin",
            Instant.parse("2025-03-01T09:30:00Z"), "SUBMITTED", 7L, 2, "c0ffee", "ab12", "please review"),
            "1".repeat(64), "2".repeat(64));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditEvents events;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    Designs designs;

    @Test
    void listsEventsNewestFirstWithEveryFieldTheHashCovers() throws Exception {
        given(events.page(any(), anyInt(), anyInt())).willReturn(new EventPage(List.of(SUBMITTED), 0, 50, 1));

        mvc.perform(get("/api/v1/audit/events").with(as(BO)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].seq").value(42))
                .andExpect(jsonPath("$.content[0].at").value("2025-03-01T09:30:00.000000Z"))
                .andExpect(jsonPath("$.content[0].actor").value("erin"))
                .andExpect(jsonPath("$.content[0].action").value("SUBMITTED"))
                .andExpect(jsonPath("$.content[0].designId").value(7))
                .andExpect(jsonPath("$.content[0].revision").value(2))
                .andExpect(jsonPath("$.content[0].policyCommit").value("c0ffee"))
                .andExpect(jsonPath("$.content[0].evaluationDigest").value("ab12"))
                .andExpect(jsonPath("$.content[0].comment").value("please review"))
                .andExpect(jsonPath("$.content[0].hash").value("2".repeat(64)))
                .andExpect(jsonPath("$.content[0].prevHash").value("1".repeat(64)))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.size").value(50))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.page.totalPages").value(1));
        verify(events).page(EventFilter.everything(null), 0, 50);
    }

    @Test
    void filtersByDesignAndPages() throws Exception {
        given(events.page(any(), anyInt(), anyInt())).willReturn(new EventPage(List.of(), 2, 10, 0));

        mvc.perform(get("/api/v1/audit/events").param("design", "7").param("page", "2").param("size", "10")
                        .with(as(BO)))
                .andExpect(status().isOk());
        verify(events).page(EventFilter.everything(7L), 2, 10);
    }

    @Test
    void anEngineerReadsOnlyTheirTeamsDesigns() throws Exception {
        Design triage = AuditReaderTest.design(7L, "claims");
        given(designs.findByTeam("claims")).willReturn(List.of(triage));
        given(events.page(any(), anyInt(), anyInt())).willReturn(new EventPage(List.of(SUBMITTED), 0, 50, 1));

        mvc.perform(get("/api/v1/audit/events").with(as(ERIN))).andExpect(status().isOk());
        verify(events).page(EventFilter.within(null, Set.of(7L)), 0, 50);
    }

    @Test
    void anotherTeamsDesignIsNotFoundForAnEngineer() throws Exception {
        Design payroll = AuditReaderTest.design(8L, "payments");
        given(designs.findById(8L)).willReturn(Optional.of(payroll));

        mvc.perform(get("/api/v1/audit/events").param("design", "8").with(as(ERIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        verifyNoInteractions(events);
    }

    @Test
    void refusesAnOversizedPage() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("size", "1000").with(as(BO)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void verifyAnswersValidityAndCountsToAnyoneSignedIn() throws Exception {
        given(trail.verify()).willReturn(new Verification(false, 5, 3L));

        mvc.perform(get("/api/v1/audit/verify").with(as(new Actor("newbie", "", Set.of()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.events").value(5))
                .andExpect(jsonPath("$.firstBrokenEvent").value(3));
    }

    @Test
    void aValidChainHasNoBrokenEvent() throws Exception {
        given(trail.verify()).willReturn(new Verification(true, 5, null));

        mvc.perform(get("/api/v1/audit/verify").with(as(BO)))
                .andExpect(content().json("{\"valid\":true,\"events\":5,\"firstBrokenEvent\":null}",
                        JsonCompareMode.STRICT));
    }

    @Test
    void strangersAreNotLetIn() throws Exception {
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit/events")).andExpect(status().isUnauthorized());
    }

    static RequestPostProcessor as(Actor actor) {
        return user(SignedInUser.of(actor));
    }
}
