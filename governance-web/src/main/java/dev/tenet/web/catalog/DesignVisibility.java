package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.VisibleDesigns;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which evaluated designs a person may see, by {@link VisibleDesigns}' rule: administrators every
 * design; engineers their own team's; reviewers every design submitted for review, and those they
 * signed. A {@link StoredDecision} does not say who signed it, nor whether a withdrawn design was
 * ever submitted, so for a reviewer the designs in DRAFT or WITHDRAWN are asked of
 * {@link VisibleDesigns} itself; every other case is decided here from the decision alone.
 */
@Component
class DesignVisibility {

    private static final Set<String> REVIEWER_ROLES = Set.of("RESEARCH", "POLICY", "ENGINEERING", "BOARD");
    private static final Set<DesignState> UNDECIDED = Set.of(DesignState.DRAFT, DesignState.WITHDRAWN);
    private static final int PAGE = 500;

    private final VisibleDesigns visible;

    DesignVisibility(VisibleDesigns visible) {
        this.visible = visible;
    }

    /** The decisions the actor may see, in their order. */
    List<StoredDecision> filter(Actor actor, List<StoredDecision> decisions) {
        if (actor.has("ADMIN")) {
            return decisions;
        }
        boolean reviewer = actor.roles().stream().anyMatch(REVIEWER_ROLES::contains);
        Set<Long> confirmed = reviewer && decisions.stream().anyMatch(d -> !ownTeam(actor, d) && UNDECIDED.contains(d.state()))
                ? visibleUndecided(actor) : Set.of();
        return decisions.stream().filter(d -> ownTeam(actor, d)
                || (reviewer && (!UNDECIDED.contains(d.state()) || confirmed.contains(d.designId())))).toList();
    }

    private static boolean ownTeam(Actor actor, StoredDecision decision) {
        return actor.has("ENGINEER") && !actor.team().isEmpty() && actor.team().equals(decision.team());
    }

    /** The ids of the DRAFT and WITHDRAWN designs the actor may see, as the design list would give them. */
    private Set<Long> visibleUndecided(Actor actor) {
        Set<Long> ids = new HashSet<>();
        for (DesignState state : UNDECIDED) {
            VisibleDesigns.Filter filter = new VisibleDesigns.Filter(state, null, null);
            for (int page = 0; ; page++) {
                VisibleDesigns.Page found = visible.page(actor, filter, page, PAGE);
                found.items().forEach(design -> ids.add(design.id()));
                if ((long) (page + 1) * PAGE >= found.total()) {
                    break;
                }
            }
        }
        return ids;
    }
}
