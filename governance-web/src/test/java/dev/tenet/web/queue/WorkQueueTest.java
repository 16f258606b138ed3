package dev.tenet.web.queue;

import dev.tenet.web.account.Actor;
import dev.tenet.web.browser.DemoApplication;
import dev.tenet.web.browser.Examples;
import dev.tenet.web.browser.MovableClock;
import dev.tenet.web.queue.Queue.Entry;
import dev.tenet.web.queue.Queue.Section;
import dev.tenet.web.submission.SubmissionService;
import dev.tenet.web.submission.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The queues built from real designs moved through the workflow. */
class WorkQueueTest extends DemoApplication {

    static final Actor ERIN = new Actor("erin", "claims", Set.of("ENGINEER"));
    static final Actor RILEY = new Actor("riley", "", Set.of("RESEARCH"));
    static final Actor ROSA = new Actor("rosa", "", Set.of("RESEARCH"));
    static final Actor PAT = new Actor("pat", "", Set.of("POLICY"));
    static final Actor ELI = new Actor("eli", "", Set.of("ENGINEERING"));
    static final Actor BO = new Actor("bo", "", Set.of("BOARD"));

    @Autowired
    WorkQueue queue;
    @Autowired
    SubmissionService submissions;
    @Autowired
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSubmittedDesignWaitsInTheFirstStagesQueueWithItsApprovalsAndTheTeamSeesItInReview() {
        long id = submitted("queued");
        submissions.review(RILEY, id, "research", Verdict.APPROVE, "fine");

        Entry forRosa = entry(queue.of(ROSA), "research", id).orElseThrow();
        assertThat(forRosa.approvals()).isEqualTo(1);
        assertThat(forRosa.quorum()).isEqualTo(2);
        assertThat(forRosa.slaDays()).isEqualTo(5);
        assertThat(forRosa.signedByMe()).isFalse();
        assertThat(entry(queue.of(RILEY), "research", id).orElseThrow().signedByMe()).isTrue();
        assertThat(entry(queue.of(PAT), "policy", id)).isEmpty();
        assertThat(entry(queue.of(ERIN), "IN_REVIEW", id)).isPresent();
        assertThat(queue.of(ERIN).teamCounts()).anySatisfy(count -> {
            assertThat(count.state()).isEqualTo("IN_REVIEW");
            assertThat(count.count()).isPositive();
        });
    }

    @Test
    void aDesignWaitingLongerThanItsStagesSlaIsOverdueAndListedFirst() {
        long older = submitted("overdue");
        clock.advance(Duration.ofDays(3));
        long newer = submitted("recent");
        clock.advance(Duration.ofDays(3));

        Queue riley = queue.of(RILEY);
        Entry overdue = entry(riley, "research", older).orElseThrow();
        assertThat(overdue.daysInStage()).isEqualTo(6);
        assertThat(overdue.overdue()).isTrue();
        assertThat(entry(riley, "research", newer).orElseThrow().overdue()).isFalse();
        Section research = riley.sections().stream().filter(s -> s.argument().equals("research")).findFirst().orElseThrow();
        assertThat(research.entries().get(0).overdue()).isTrue();
        assertThat(riley.overdue()).isPositive();
    }

    @Test
    void theBoardSeesHighRiskDesignsAtItsStage() {
        long id = submitted("board");
        submissions.review(RILEY, id, "research", Verdict.APPROVE, "");
        submissions.review(ROSA, id, "research", Verdict.APPROVE, "");
        submissions.review(PAT, id, "policy", Verdict.APPROVE, "");
        submissions.review(ELI, id, "engineering", Verdict.APPROVE, "");

        Queue board = queue.of(BO);
        assertThat(board.sections()).extracting(Section::heading).containsExactly("queue.section.board");
        Entry entry = entry(board, "board", id).orElseThrow();
        assertThat(entry.tier()).isEqualTo("high");
        assertThat(entry.quorum()).isEqualTo(2);
    }

    private long submitted(String prefix) {
        Examples.Named example = Examples.claims("claims-triage.yaml", prefix);
        long id = submissions.save(ERIN, example.name() + ".yaml", example.yaml()).design().id();
        submissions.submit(ERIN, id);
        return id;
    }

    private static Optional<Entry> entry(Queue queue, String sectionArgument, long id) {
        return queue.sections().stream().filter(s -> s.argument().equals(sectionArgument))
                .flatMap(s -> s.entries().stream()).filter(e -> e.id() == id).findFirst();
    }
}
