package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.tenet.web.audit.AuditApiTest.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(AuditController.class)
@Import(AuditReader.class)
class AuditControllerTest {

    static final Actor BO = new Actor("bo", "", Set.of("BOARD"));
    static final String XSS = "<script>alert('x')</script>";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    AuditEvents events;
    @MockitoBean
    AuditTrail trail;
    @MockitoBean
    Designs designs;

    @Test
    void showsTheEventsInAnAccessibleTable() throws Exception {
        anEvent("looks fine");
        given(trail.verify()).willReturn(new Verification(true, 1, null));

        mvc.perform(get("/audit").with(as(BO)))
                .andExpect(status().isOk())
                .andExpect(view().name(AuditController.TRAIL))
                .andExpect(content().string(allOf(
                        containsString("<caption"),
                        containsString("<th scope=\"col\">Actor</th>"),
                        containsString("<th scope=\"row\">42</th>"),
                        containsString("2025-03-01T09:30:00.000000Z"),
                        containsString("<a href=\"/audit?design=7\">claims/design7</a>"),
                        containsString("looks fine"),
                        containsString("<label for=\"design\""))));
    }

    @Test
    void showsAValidChainAtTheTop() throws Exception {
        anEvent("");
        given(trail.verify()).willReturn(new Verification(true, 12, null));

        mvc.perform(get("/audit").with(as(BO)))
                .andExpect(content().string(allOf(containsString("alert-success"),
                        containsString("<span>12</span> events verified"))));
    }

    @Test
    void showsWhereABrokenChainBreaks() throws Exception {
        anEvent("");
        given(trail.verify()).willReturn(new Verification(false, 12, 7L));

        mvc.perform(get("/audit").with(as(BO)))
                .andExpect(content().string(allOf(containsString("alert-danger"),
                        containsString("at event <strong>7</strong>"))));
    }

    @Test
    void escapesWhatPeopleWrote() throws Exception {
        anEvent(XSS);
        given(trail.verify()).willReturn(new Verification(true, 1, null));

        mvc.perform(get("/audit").with(as(BO)))
                .andExpect(content().string(allOf(not(containsString(XSS)),
                        containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))));
    }

    @Test
    void filtersByDesign() throws Exception {
        anEvent("");
        given(trail.verify()).willReturn(new Verification(true, 1, null));

        mvc.perform(get("/audit").param("design", "7").with(as(BO)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit events of design 7")));
        verify(events).page(EventFilter.everything(7L), 0, AuditController.PAGE_SIZE);
    }

    private void anEvent(String comment) {
        AuditEvent event = new AuditEvent(42, new AuditEntry("erin", Instant.parse("2025-03-01T09:30:00Z"),
                "SUBMITTED", 7L, 2, "c0ffee", "ab12", comment), "1".repeat(64), "2".repeat(64));
        given(events.page(any(), anyInt(), anyInt())).willReturn(new EventPage(List.of(event), 0, 50, 1));
        Design triage = AuditReaderTest.design(7L, "claims");
        given(designs.findAllById(any())).willReturn(List.of(triage));
    }
}
