package dev.tenet.web.dashboard;

import dev.tenet.web.account.Actor;
import dev.tenet.web.browser.DemoApplication;
import dev.tenet.web.browser.Examples;
import dev.tenet.web.dashboard.Figures.Count;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.SubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's figures over real designs. */
class DashboardFiguresTest extends DemoApplication {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));

    @Autowired
    DashboardFigures figures;
    @Autowired
    SubmissionService submissions;
    @Autowired
    Designs designs;

    @Test
    void countsEveryDesignOnceByStateAndThoseUnderReviewByStage() {
        Figures now = figures.compute(Locale.ENGLISH);

        assertThat(now.designs()).isEqualTo(designs.count());
        assertThat(now.perState().stream().mapToLong(Count::count).sum()).isEqualTo(designs.count());
        assertThat(now.perState()).extracting(Count::label).contains("Draft", "In review", "Approved");
        assertThat(now.perStage()).extracting(Count::key).containsExactly("research", "policy", "engineering", "board");
        assertThat(now.daysInStage()).extracting(Figures.Average::key)
                .containsExactly("research", "policy", "engineering", "board");
    }

    @Test
    void countsTheFailedFindingsOfEachPrinciple() {
        Figures before = figures.compute(Locale.ENGLISH);
        Examples.Named blocked = Examples.claims("resume-screener.yaml", "dashboard");
        long id = submissions.save(ERIN, "r.yaml", blocked.yaml()).design().id();
        submissions.submit(ERIN, id);

        Figures after = figures.compute(Locale.ENGLISH);
        assertThat(failures(after, "accountability")).isGreaterThan(failures(before, "accountability"));
        assertThat(count(after.perStage(), "research")).isEqualTo(count(before.perStage(), "research") + 1);
        assertThat(after.failuresByPrinciple()).extracting(Count::label).contains("Reliability and safety");
    }

    private static long failures(Figures figures, String principle) {
        return count(figures.failuresByPrinciple(), principle);
    }

    private static long count(List<Count> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(Count::count).findFirst().orElseThrow();
    }
}
