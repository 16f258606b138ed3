package dev.tenet.web.dashboard;

import dev.tenet.web.account.Actor;
import dev.tenet.web.account.SignedInUser;
import dev.tenet.web.dashboard.Figures.Average;
import dev.tenet.web.dashboard.Figures.Count;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest(DashboardController.class)
class DashboardControllerTest {

    static final Actor BO = new Actor("bo", "", Set.of("BOARD"));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DashboardFigures figures;

    @BeforeEach
    void someFigures() {
        given(figures.compute(any())).willReturn(new Figures(
                List.of(new Count("DRAFT", "Draft", 2), new Count("IN_REVIEW", "In review", 3)),
                List.of(new Count("research", "research", 2), new Count("board", "board", 1)),
                List.of(new Count("fairness", "Fairness", 4)),
                List.of(new Average("research", "research", 2.5, 2)), 5));
    }

    @Test
    void drawsChartsWithTheSameNumbersAsAccessibleTables() throws Exception {
        mvc.perform(get("/dashboard").with(user(SignedInUser.of(BO))))
                .andExpect(status().isOk())
                .andExpect(view().name(DashboardController.VIEW))
                .andExpect(content().string(allOf(
                        containsString("data-source=\"/dashboard/data\""),
                        containsString("<canvas id=\"chart-states\" role=\"img\" aria-describedby=\"table-states\""),
                        containsString("<th scope=\"row\" class=\"fw-normal\">In review</th><td class=\"text-end\">3</td>"),
                        containsString("<th scope=\"row\" class=\"fw-normal\">Fairness</th><td class=\"text-end\">4</td>"),
                        containsString("<td class=\"text-end\">2.5</td>"),
                        containsString("/dist/chart.umd.min.js\""),
                        containsString("src=\"/js/dashboard.js\""))));
    }

    @Test
    void servesTheFiguresAsJsonToTheCharts() throws Exception {
        mvc.perform(get("/dashboard/data").with(user(SignedInUser.of(BO))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.perState[1].label").value("In review"))
                .andExpect(jsonPath("$.perState[1].count").value(3))
                .andExpect(jsonPath("$.perStage[1].key").value("board"))
                .andExpect(jsonPath("$.failuresByPrinciple[0].count").value(4))
                .andExpect(jsonPath("$.daysInStage[0].days").value(2.5))
                .andExpect(jsonPath("$.designs").value(5));
    }

    @Test
    void needsASignedInSession() throws Exception {
        mvc.perform(get("/dashboard").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/dashboard/data").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }
}
