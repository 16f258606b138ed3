package dev.tenet.web.queue;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.drift.DriftNotices;
import dev.tenet.web.queue.Queue.Entry;
import dev.tenet.web.queue.Queue.Notice;
import dev.tenet.web.queue.Queue.Section;
import dev.tenet.web.queue.Queue.StateCount;
import dev.tenet.web.submission.MovedFinding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(QueueController.class)
class QueueControllerTest {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    static final String XSS = "<script>alert(1)</script>";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    WorkQueue queue;
    @MockitoBean
    DriftNotices notices;

    @Test
    void showsAnEngineerTheirTeamsDesignsByStateWithCounts() throws Exception {
        given(queue.of(ERIN)).willReturn(new Queue(List.of(), List.of(new StateCount("DRAFT", 1), new StateCount("IN_REVIEW", 0)),
                List.of(new Section("queue.section.state", "DRAFT", false,
                        List.of(entry(3, "claims-triage", "DRAFT", "", 0, null, false))))));

        mvc.perform(get("/").with(user(SignedInUser.of(ERIN))))
                .andExpect(status().isOk())
                .andExpect(view().name(QueueController.VIEW))
                .andExpect(model().attributeExists("queue"))
                .andExpect(content().string(allOf(containsString("Team claims: designs by state"),
                        containsString("<span>Draft</span>:"), containsString("<a href=\"/designs/3\">claims/claims-triage</a>"),
                        containsString("href=\"/designs/new\""), containsString("aria-current=\"page\""))));
    }

    @Test
    void theLayoutGivesHtmxTheCsrfTokenAndNamesWhoIsSignedIn() throws Exception {
        given(queue.of(ERIN)).willReturn(new Queue(List.of(), List.of(), List.of()));

        mvc.perform(get("/queue").with(user(SignedInUser.of(ERIN))))
                .andExpect(content().string(allOf(containsString("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">"),
                        containsString("<meta name=\"_csrf\" content=\""),
                        containsString("<a class=\"visually-hidden-focusable skip-link\" href=\"#main\">"),
                        containsString(">erin</span>"), containsString(">ENGINEER</span>"),
                        not(containsString(">BOARD</span>")),
                        containsString("<form class=\"d-inline ms-lg-2\" action=\"/logout\" method=\"post\">"))));
    }

    @Test
    void showsAReviewerTheDesignsAwaitingTheirStageWithTheirAgeAgainstTheSla() throws Exception {
        given(queue.of(RILEY)).willReturn(new Queue(List.of(), List.of(), List.of(new Section("queue.section.stage", "research", true,
                List.of(entry(4, "claims-triage", "IN_REVIEW", "research", 7, 5, false),
                        entry(5, "fraud-signals", "IN_REVIEW", "research", 2, 5, true))))));

        mvc.perform(get("/queue").with(user(SignedInUser.of(RILEY))))
                .andExpect(content().string(allOf(containsString("Awaiting the research stage"),
                        containsString("<tr class=\"overdue\">"), containsString("7 days"), containsString("SLA 5 days"),
                        containsString("Overdue"), containsString("1 of 2 approvals"), containsString("You signed"),
                        not(containsString("href=\"/designs/new\"")))));
    }

    @Test
    void showsTheBoardItsHighRiskDesigns() throws Exception {
        Actor bo = new Actor("bo", "", Set.of("BOARD"));
        given(queue.of(bo)).willReturn(new Queue(List.of(), List.of(), List.of(new Section("queue.section.board", "board", true, List.of()))));

        mvc.perform(get("/queue").with(user(SignedInUser.of(bo))))
                .andExpect(content().string(allOf(containsString("High-risk designs awaiting the board stage"),
                        containsString("None."))));
    }

    @Test
    void escapesDesignNames() throws Exception {
        given(queue.of(ERIN)).willReturn(new Queue(List.of(), List.of(), List.of(new Section("queue.section.state", "DRAFT", false,
                List.of(entry(3, XSS, "DRAFT", "", 0, null, false))))));

        mvc.perform(get("/").with(user(SignedInUser.of(ERIN))))
                .andExpect(content().string(allOf(not(containsString(XSS)),
                        containsString("claims/&lt;script&gt;alert(1)&lt;/script&gt;"))));
    }

    @Test
    void showsTheOwnerANoticePerDriftedDesignWithItsFailingFindingsAndAFormToDismissIt() throws Exception {
        Notice notice = new Notice(12, 3, "claims/claims-triage", "0123456789abcdef", "fedcba9876543210", "PASS",
                "NEEDS_WAIVER", "2026-03-01 09:30 UTC", List.of(new MovedFinding("privacy.limit-retention",
                "retention-limit", "PASS", "FAIL", "soft-mandatory", "Personal data is kept " + XSS)));
        given(queue.of(ERIN)).willReturn(new Queue(List.of(notice), List.of(), List.of()));

        mvc.perform(get("/queue").with(user(SignedInUser.of(ERIN))))
                .andExpect(content().string(allOf(containsString("Policy changes sent these designs back to review"),
                        containsString("<a href=\"/designs/3\">claims/claims-triage</a>"),
                        containsString("The policies moved from 01234567 to fedcba98: its decision went from Pass to"
                                + " Needs a waiver, so it is reviewed again."),
                        containsString("privacy.limit-retention/retention-limit"),
                        containsString("Personal data is kept &lt;script&gt;"), not(containsString(XSS)),
                        containsString("action=\"/queue/notices/12/dismiss\" method=\"post\""),
                        containsString("name=\"_csrf\""), not(containsString("Nothing is waiting for you")))));
    }

    @Test
    void dismissesTheOwnersNoticeAndReturnsToTheQueue() throws Exception {
        given(notices.dismiss(ERIN, 12)).willReturn(true);

        mvc.perform(post("/queue/notices/12/dismiss").with(user(SignedInUser.of(ERIN))).with(csrf()))
                .andExpect(redirectedUrl("/queue"))
                .andExpect(flash().attribute("successMessage", containsString("The notice is dismissed")));
        verify(notices).dismiss(ERIN, 12);
    }

    @Test
    void answersSomeoneElsesNoticeAsOneThatDoesNotExist() throws Exception {
        given(notices.dismiss(RILEY, 12)).willReturn(false);

        mvc.perform(post("/queue/notices/12/dismiss").with(user(SignedInUser.of(RILEY))).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void sendsSomeoneNotSignedInToTheLoginPage() throws Exception {
        mvc.perform(get("/queue").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    private static Entry entry(long id, String name, String state, String stage, long days, Integer sla, boolean signed) {
        return new Entry(id, "claims", name, "erin", 1, state, stage, stage.isEmpty() ? "" : "high",
                stage.isEmpty() ? "" : "PASS", days, sla, 1, 2, signed);
    }
}
