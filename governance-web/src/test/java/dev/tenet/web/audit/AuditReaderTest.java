package dev.tenet.web.audit;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.tenet.web.audit.AuditDatabase.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** Who reads which events, against the real table; the designs' teams come from a mocked {@code Designs}. */
@SpringBootTest(classes = AuditDatabase.class,
        properties = "spring.datasource.url=jdbc:h2:mem:audit-reader;DB_CLOSE_DELAY=-1")
@Import(AuditReader.class)
class AuditReaderTest {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));

    @Autowired
    AuditReader reader;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoBean
    Designs designs;

    @BeforeEach
    void eventsOfTwoTeamsAndOneAboutNoDesign() {
        AuditDatabase.reset(jdbc);
        transaction.executeWithoutResult(tx -> {
            trail.append(entry("erin", "CREATED", 1L, ""));
            trail.append(entry("otto", "CREATED", 2L, ""));
            trail.append(entry("ada", "USER_CREATED", null, ""));
            trail.append(entry("erin", "SUBMITTED", 1L, ""));
        });
        Design claims = design(1L, "claims");
        Design payments = design(2L, "payments");
        given(designs.findByTeam("claims")).willReturn(List.of(claims));
        given(designs.findById(1L)).willReturn(Optional.of(claims));
        given(designs.findById(2L)).willReturn(Optional.of(payments));
    }

    @Test
    void anEngineerSeesOnlyTheEventsOfTheirTeamsDesignsNewestFirst() {
        EventPage page = reader.page(ERIN, null, 0, 50);

        assertThat(page.events()).extracting(AuditEvent::seq).containsExactly(4L, 1L);
        assertThat(page.totalElements()).isEqualTo(2);
    }

    @Test
    void aReviewerSeesEveryEvent() {
        assertThat(reader.page(PAT, null, 0, 50).events()).extracting(AuditEvent::seq).containsExactly(4L, 3L, 2L, 1L);
    }

    @Test
    void filtersByDesign() {
        assertThat(reader.page(PAT, 2L, 0, 50).events()).extracting(AuditEvent::seq).containsExactly(2L);
        assertThat(reader.page(ERIN, 1L, 0, 50).events()).extracting(AuditEvent::seq).containsExactly(4L, 1L);
    }

    @Test
    void anotherTeamsDesignIsToAnEngineerLikeOneThatDoesNotExist() {
        assertThatThrownBy(() -> reader.page(ERIN, 2L, 0, 50))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> reader.page(ERIN, 3L, 0, 50))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void someoneWithNeitherATeamNorAReviewerRoleSeesNothing() {
        assertThat(reader.page(new Actor("nobody", "", Set.of()), null, 0, 50).events()).isEmpty();
        assertThat(reader.page(new Actor("newbie", "", Set.of("ENGINEER")), null, 0, 50).events()).isEmpty();
    }

    @Test
    void pagesThroughTheEvents() {
        EventPage second = reader.page(PAT, null, 1, 3);

        assertThat(second.events()).extracting(AuditEvent::seq).containsExactly(1L);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void refusesAPageOutOfRange() {
        assertThatThrownBy(() -> reader.page(PAT, null, -1, 50)).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> reader.page(PAT, null, 0, AuditReader.MAX_PAGE_SIZE + 1))
                .isInstanceOf(ResponseStatusException.class);
    }

    static Design design(long id, String team) {
        Design design = mock(Design.class);
        given(design.id()).willReturn(id);
        given(design.team()).willReturn(team);
        given(design.toString()).willReturn(team + "/design" + id);
        return design;
    }
}
