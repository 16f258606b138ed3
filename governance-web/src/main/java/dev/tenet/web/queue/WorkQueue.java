package dev.tenet.web.queue;

import dev.tenet.model.Governance;
import dev.tenet.model.Stage;
import dev.tenet.web.account.Actor;
import dev.tenet.web.drift.DriftNotices;
import dev.tenet.web.drift.DriftView;
import dev.tenet.web.policy.PolicyService;
import dev.tenet.web.queue.Queue.Entry;
import dev.tenet.web.queue.Queue.Notice;
import dev.tenet.web.queue.Queue.Section;
import dev.tenet.web.queue.Queue.StateCount;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.Designs;
import dev.tenet.web.submission.SignOff;
import dev.tenet.web.submission.Verdict;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a person's queue: engineers see their team's designs by state; each reviewer sees the
 * designs waiting at the stages their roles sign, with how long they have waited against the
 * stage's SLA; the board sees high-risk designs at its stage; administrators see every review.
 * Owners see a notice for each design of theirs that a policy change sent back to review.
 */
@Component
class WorkQueue {

    /** The states an engineer's queue lists, the ones needing their action first. */
    private static final List<DesignState> TEAM_STATES = List.of(DesignState.CHANGES_REQUESTED, DesignState.DRAFT,
            DesignState.RE_REVIEW, DesignState.IN_REVIEW, DesignState.APPROVED, DesignState.REJECTED,
            DesignState.WITHDRAWN);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final Designs designs;
    private final PolicyService policies;
    private final DriftNotices drifts;
    private final Clock clock;

    WorkQueue(Designs designs, PolicyService policies, DriftNotices drifts, Clock clock) {
        this.designs = designs;
        this.policies = policies;
        this.drifts = drifts;
        this.clock = clock;
    }

    Queue of(Actor actor) {
        List<StateCount> counts = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        if (actor.has("ENGINEER")) {
            List<Design> team = designs.findByTeam(actor.team());
            for (DesignState state : TEAM_STATES) {
                List<Entry> entries = team.stream().filter(d -> d.state() == state).map(d -> entry(d, actor))
                        .sorted(Comparator.comparing(Entry::title)).toList();
                counts.add(new StateCount(state.name(), entries.size()));
                if (!entries.isEmpty()) {
                    sections.add(new Section("queue.section.state", state.name(), false, entries));
                }
            }
        }
        List<Design> inReview = Stream.concat(designs.findByState(DesignState.RE_REVIEW).stream(),
                designs.findByState(DesignState.IN_REVIEW).stream()).toList();
        for (Stage stage : policies.current().governance().stages()) {
            if (actor.has(stage.role())) {
                String heading = "BOARD".equals(stage.role()) ? "queue.section.board" : "queue.section.stage";
                sections.add(new Section(heading, stage.id(), true, awaiting(inReview, actor, stage.id())));
            }
        }
        if (actor.has("ADMIN")) {
            sections.add(new Section("queue.section.all", "", true, awaiting(inReview, actor, null)));
        }
        return new Queue(drifts.noticesFor(actor).stream().map(this::notice).toList(), counts, sections);
    }

    private Notice notice(DriftView drift) {
        // UTC reads as "UTC" rather than the offset's "Z", as on the design page
        ZoneId zone = clock.getZone().equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : clock.getZone();
        return new Notice(drift.id(), drift.designId(), drift.title(), drift.fromCommit(), drift.toCommit(),
                drift.decisionBefore(), drift.decisionAfter(), WHEN.format(drift.detectedAt().atZone(zone)),
                drift.failing());
    }

    // Designs at a stage (every stage when null), the longest-waiting first.
    private List<Entry> awaiting(List<Design> inReview, Actor actor, String stage) {
        return inReview.stream().filter(d -> stage == null || d.stage().equals(stage)).map(d -> entry(d, actor))
                .sorted(Comparator.comparing(Entry::overdue).reversed()
                        .thenComparing(Comparator.comparingLong(Entry::daysInStage).reversed()))
                .toList();
    }

    private Entry entry(Design design, Actor actor) {
        Instant since = design.stageEnteredAt() != null ? design.stageEnteredAt() : design.updatedAt();
        long days = Duration.between(since, clock.instant()).toDays();
        Integer sla = null;
        int quorum = 0;
        if (design.state().isUnderReview() && design.tier() != null) {
            Governance governance = policies.at(design.policyCommit()).governance();
            sla = governance.slaDays(design.stage()).orElse(null);
            quorum = governance.stage(design.stage()).map(s -> s.quorumFor(design.tier())).orElse(0);
        }
        List<SignOff> signOffs = design.currentSignOffs();
        int approvals = (int) signOffs.stream()
                .filter(s -> s.stage().equals(design.stage()) && s.verdict() == Verdict.APPROVE).count();
        boolean signed = signOffs.stream().anyMatch(s -> s.reviewer().equals(actor.username()));
        return new Entry(design.id(), design.team(), design.name(), design.owner(), design.revision(),
                design.state().name(), design.stage(), design.tier() == null ? "" : design.tier().id(),
                design.decision() == null ? "" : design.decision().name(), Math.max(0, days), sla, approvals, quorum,
                signed);
    }
}
