package dev.tenet.web.catalog;

import dev.tenet.web.catalog.DecisionImpacts.DesignImpact;
import dev.tenet.web.catalog.DecisionImpacts.Impact;
import dev.tenet.web.catalog.PolicyDiff.Side;
import dev.tenet.web.submission.DesignState;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Set;

/**
 * The decisions of the stored designs a person may see, at the current policy commit and at a
 * proposed ref (a pull request's branch): what merging it would do.
 *
 * @param current  the current policy commit, that submissions are evaluated at
 * @param proposed the ref asked about
 * @param states   the design states included: every state unless the request names some
 * @param checked  how many designs were evaluated: the current revision of each
 * @param designs  every design checked, worse ones first, then better ones, other changes, the unchanged
 */
@Schema(name = "ImpactPreview")
record ImpactPreview(Side current, Side proposed, List<String> states, int checked, int changed, int worse, int better,
                     List<DesignImpact> designs) {

    ImpactPreview {
        states = List.copyOf(states);
        designs = List.copyOf(designs);
    }

    static ImpactPreview of(PolicyLibraries.Library current, PolicyLibraries.Library proposed, Set<DesignState> states,
                            Impact impact) {
        List<String> included = (states.isEmpty() ? Set.of(DesignState.values()) : states).stream()
                .sorted().map(Enum::name).toList();
        return new ImpactPreview(Side.of(current), Side.of(proposed), included, impact.checked(), impact.changed(),
                impact.worse(), impact.better(), impact.designs());
    }
}
