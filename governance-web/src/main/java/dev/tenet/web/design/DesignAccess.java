package dev.tenet.web.design;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.Design;

/** Who may act on a design, as far as the pages need to know which forms to offer (VisibleDesigns decides who sees it). */
final class DesignAccess {

    private DesignAccess() {
    }

    /** An engineer of the design's team: may change, submit and withdraw it. */
    static boolean isEditor(Actor actor, Design design) {
        return actor.has("ENGINEER") && actor.team().equals(design.team());
    }

    /** Separation of duties: the owner and the submitter review none of the design. */
    static boolean isIndependent(Actor actor, Design design) {
        return !actor.username().equals(design.owner()) && !actor.username().equals(design.submittedBy());
    }
}
