package dev.tenet.web.catalog;

import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.VisibleDesigns;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The ids of the designs a person may see, in some states, by one plain query and before anything
 * is evaluated: the same rule as {@link VisibleDesigns}' list (administrators every design;
 * engineers their own team's, drafts included; reviewers every design submitted, out of DRAFT and
 * not a draft withdrawn unseen, and any design they signed). The condition is written out as
 * {@link VisibleDesigns} writes it, since that one is not shared; {@code PolicyCatalogApiTests}
 * checks that both agree for each kind of person.
 */
@Component
class VisibleDesignIds {

    private static final Set<String> REVIEWER_ROLES = Set.of("RESEARCH", "POLICY", "ENGINEERING", "BOARD");

    private final NamedParameterJdbcTemplate jdbc;

    VisibleDesignIds(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the designs in one of the states that the actor may see, ordered by team and name. */
    List<Long> of(Actor actor, Set<DesignState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("states",
                states.stream().map(Enum::name).sorted().toList());
        String visible = visibleTo(actor, parameters);
        return jdbc.queryForList("SELECT d.id FROM designs d WHERE " + visible
                + " AND d.state IN (:states) ORDER BY d.team, d.name, d.id", parameters, Long.class);
    }

    private static String visibleTo(Actor actor, MapSqlParameterSource parameters) {
        if (actor.has("ADMIN")) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (actor.has("ENGINEER") && !actor.team().isEmpty()) {
            any.add("d.team = :myTeam");
            parameters.addValue("myTeam", actor.team());
        }
        if (actor.roles().stream().anyMatch(REVIEWER_ROLES::contains)) {
            any.add("(d.state <> 'DRAFT' AND (d.state <> 'WITHDRAWN' OR d.submitted_by <> ''))");
            any.add("EXISTS (SELECT 1 FROM sign_offs s WHERE s.design_id = d.id AND s.reviewer = :me)");
            parameters.addValue("me", actor.username());
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }
}
