package dev.tenet.web.drift;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;
import dev.tenet.web.submission.Designs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The drifts people see: a design's history on its page and in the API, and the notices on an
 * owner's queue. A notice is shown to the design's owner, while they are an engineer of its team,
 * until they dismiss it; nobody else sees it, so no engineer ever sees another team's notice.
 */
@Component
public class DriftNotices {

    private final PolicyDrifts drifts;
    private final Designs designs;
    private final Clock clock;

    DriftNotices(PolicyDrifts drifts, Designs designs, Clock clock) {
        this.drifts = drifts;
        this.designs = designs;
        this.clock = clock;
    }

    /** Every drift of a design the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<DriftView> historyOf(Design design) {
        return drifts.findByDesignIdOrderByDetectedAtAscIdAsc(design.id()).stream()
                .map(drift -> drift.view(design.team(), design.name())).toList();
    }

    /** The notices the actor has not dismissed, newest first. */
    @Transactional(readOnly = true)
    public List<DriftView> noticesFor(Actor actor) {
        if (!actor.has("ENGINEER") || actor.team().isEmpty()) {
            return List.of();
        }
        List<PolicyDrift> open = drifts.findByOwnerAndDismissedAtIsNullOrderByDetectedAtDescIdDesc(actor.username());
        Map<Long, Design> byId = designs.findAllById(open.stream().map(PolicyDrift::designId).distinct().toList())
                .stream().collect(Collectors.toMap(Design::id, Function.identity()));
        return open.stream().filter(drift -> addressedTo(actor, byId.get(drift.designId())))
                .map(drift -> drift.view(byId.get(drift.designId()).team(), byId.get(drift.designId()).name()))
                .toList();
    }

    /**
     * Dismisses one of the actor's notices; dismissing it again changes nothing.
     *
     * @return false when the actor has no such notice (it does not exist, or it is someone else's)
     */
    @Transactional
    public boolean dismiss(Actor actor, long noticeId) {
        PolicyDrift drift = drifts.findById(noticeId).orElse(null);
        if (drift == null || !drift.owner().equals(actor.username())
                || !addressedTo(actor, designs.findById(drift.designId()).orElse(null))) {
            return false;
        }
        drifts.dismiss(noticeId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return true;
    }

    // the owner, while an engineer of the design's team: a notice never crosses teams
    private static boolean addressedTo(Actor actor, Design design) {
        return design != null && actor.has("ENGINEER") && design.owner().equals(actor.username())
                && design.team().equals(actor.team());
    }
}
