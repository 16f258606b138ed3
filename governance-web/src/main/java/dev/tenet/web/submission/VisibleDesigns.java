package dev.tenet.web.submission;

import dev.tenet.web.account.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The designs a person may see, for the API and the pages alike:
 * <ul>
 *   <li>an engineer sees the designs of their own team, drafts included;</li>
 *   <li>a reviewer (RESEARCH, POLICY, ENGINEERING, BOARD) sees, read-only, every design that has
 *   been submitted (out of DRAFT, and not a draft withdrawn unseen) and any design they have
 *   signed; their queue is the {@code state=IN_REVIEW&stage=...} filter of that list;</li>
 *   <li>an administrator sees every design.</li>
 * </ul>
 * A design the person may not see is answered exactly like one that does not exist: 404, so that
 * nobody learns which names other teams use.
 */
@Component
public class VisibleDesigns {

    private static final Set<String> REVIEWER_ROLES = Set.of("RESEARCH", "POLICY", "ENGINEERING", "BOARD");

    private final Designs designs;
    private final JdbcClient jdbc;

    VisibleDesigns(Designs designs, JdbcClient jdbc) {
        this.designs = designs;
        this.jdbc = jdbc;
    }

    /** What a list asks for: each filter is optional ({@code null} or empty for any). */
    public record Filter(DesignState state, String stage, String team) {
    }

    /** One page of a list, newest change first, and how many designs match in all. */
    public record Page(List<Design> items, int page, int size, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /** The design with this id, if the actor may see it. */
    @Transactional(readOnly = true)
    public Design find(Actor actor, long id) {
        return designs.findById(id).filter(design -> maySee(actor, design))
                .orElseThrow(() -> new DesignNotFoundException(id));
    }

    /** Whether the actor may see the design. */
    public static boolean maySee(Actor actor, Design design) {
        if (actor.has("ADMIN")) {
            return true;
        }
        if (actor.has("ENGINEER") && !actor.team().isEmpty() && actor.team().equals(design.team())) {
            return true;
        }
        return isReviewer(actor) && (wasSubmitted(design)
                || design.signOffs().stream().anyMatch(s -> s.reviewer().equals(actor.username())));
    }

    /** A page of the designs the actor may see that match the filter. */
    @Transactional(readOnly = true)
    public Page page(Actor actor, Filter filter, int page, int size) {
        Map<String, Object> parameters = new HashMap<>();
        String where = visibleTo(actor, parameters) + filters(filter, parameters);
        long total = jdbc.sql("SELECT COUNT(*) FROM designs d WHERE " + where).params(parameters)
                .query(Long.class).single();
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        List<Long> ids = jdbc.sql("SELECT d.id FROM designs d WHERE " + where
                        + " ORDER BY d.updated_at DESC, d.id DESC LIMIT :size OFFSET :offset")
                .params(parameters).query(Long.class).list();
        Map<Long, Design> byId = designs.findAllById(ids).stream()
                .collect(Collectors.toMap(Design::id, Function.identity()));
        return new Page(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), page, size, total);
    }

    /**
     * The ids of the designs in one of these states that the actor may see, ordered by team and
     * name: one query, nothing loaded. What evaluates many designs for one person (the policy
     * diff, the impact preview) starts from.
     */
    @Transactional(readOnly = true)
    public List<Long> ids(Actor actor, Set<DesignState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("states", states.stream().map(Enum::name).sorted().toList());
        return jdbc.sql("SELECT d.id FROM designs d WHERE " + visibleTo(actor, parameters)
                + " AND d.state IN (:states) ORDER BY d.team, d.name, d.id").params(parameters).query(Long.class).list();
    }

    private static String visibleTo(Actor actor, Map<String, Object> parameters) {
        if (actor.has("ADMIN")) {
            return "1 = 1";
        }
        List<String> any = new ArrayList<>();
        if (actor.has("ENGINEER") && !actor.team().isEmpty()) {
            any.add("d.team = :myTeam");
            parameters.put("myTeam", actor.team());
        }
        if (isReviewer(actor)) {
            any.add("(d.state <> 'DRAFT' AND (d.state <> 'WITHDRAWN' OR d.submitted_by <> ''))");
            any.add("EXISTS (SELECT 1 FROM sign_offs s WHERE s.design_id = d.id AND s.reviewer = :me)");
            parameters.put("me", actor.username());
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")";
    }

    private static String filters(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.state() != null) {
            where.append(" AND d.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.stage() != null && !filter.stage().isBlank()) {
            where.append(" AND d.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        if (filter.team() != null && !filter.team().isBlank()) {
            where.append(" AND d.team = :team");
            parameters.put("team", filter.team());
        }
        return where.toString();
    }

    /** Out of DRAFT, and not a draft withdrawn before anyone saw it. */
    private static boolean wasSubmitted(Design design) {
        return design.state() != DesignState.DRAFT
                && (design.state() != DesignState.WITHDRAWN || !design.submittedBy().isEmpty());
    }

    private static boolean isReviewer(Actor actor) {
        return actor.roles().stream().anyMatch(REVIEWER_ROLES::contains);
    }
}
