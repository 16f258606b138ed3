package dev.tenet.web.design;

import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.VisibleDesigns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;

import static dev.tenet.web.design.PageFixtures.ERIN;
import static dev.tenet.web.design.PageFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(DesignListController.class)
class DesignListControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    VisibleDesigns visible;

    @Test
    void listsTheDesignsThePersonMaySee() throws Exception {
        given(visible.page(eq(ERIN), any(), eq(0), anyInt()))
                .willReturn(new VisibleDesigns.Page(List.of(design(3, "claims-triage")), 0, 25, 1));

        mvc.perform(get("/designs").with(as(ERIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 design"),
                        containsString("<a href=\"/designs/3\">claims/claims-triage</a>"), containsString(">Draft</span>"),
                        containsString("<label for=\"filter-state\""))));
    }

    @Test
    void filtersByStateAndPages() throws Exception {
        given(visible.page(eq(ERIN), any(), eq(1), anyInt())).willReturn(new VisibleDesigns.Page(List.of(), 1, 25, 30));

        mvc.perform(get("/designs").param("state", "APPROVED").param("page", "2").with(as(ERIN)))
                .andExpect(content().string(allOf(containsString("30 designs"),
                        containsString("href=\"/designs?state=APPROVED&amp;page=1\""))));
        verify(visible).page(ERIN, new VisibleDesigns.Filter(DesignState.APPROVED, null, null), 1, 25);
    }

    private static Design design(long id, String name) throws ReflectiveOperationException {
        Design design = Design.draft("claims", name, "erin", Instant.parse("2026-03-01T09:30:00Z"));
        Field field = Design.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(design, id);
        return design;
    }
}
