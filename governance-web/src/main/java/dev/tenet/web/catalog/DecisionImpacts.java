package dev.tenet.web.catalog;

import dev.tenet.engine.diff.FindingChange;
import dev.tenet.engine.evaluation.PolicyBundle;
import dev.tenet.model.evaluation.Evaluation;
import dev.tenet.model.evaluation.Finding;
import dev.tenet.web.account.Actor;
import dev.tenet.web.submission.DesignState;
import dev.tenet.web.submission.StoredDecision;
import dev.tenet.web.submission.StoredDesignEvaluator;
import dev.tenet.web.submission.VisibleDesigns;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a policy change does to the stored designs a person may see: each design's current
 * revision, with its waivers and recorded answers, evaluated at two policy commits, as
 * {@code tenet diff --designs} does for design files.
 *
 * <p>Bounded, since anyone signed in may ask, with any two refs:
 * <ul>
 *   <li>only the designs the caller may see are evaluated: their ids come first from one query
 *   ({@link VisibleDesigns#ids}), then they are evaluated by {@link StoredDesignEvaluator} in
 *   batches of at most {@link #BATCH}, so that no {@code IN} list nears PostgreSQL's limit of
 *   bind parameters;</li>
 *   <li>results are kept per pair of commits for a short while ({@link EvaluatedPairs}), and a
 *   request evaluates only the visible designs not kept yet; what is kept is filtered by each
 *   caller's own visible ids, so one person never sees another's designs through it;</li>
 *   <li>at most {@link #CONCURRENT} requests evaluate at once, across the impact preview and the
 *   diff, API and pages alike; one more is refused with {@link ImpactBusyException} (429) rather
 *   than queued. A request answered wholly from what is kept needs no permit.</li>
 * </ul>
 */
@Service
class DecisionImpacts {

    /** The most designs evaluated by one call, and so the longest {@code IN} list. */
    static final int BATCH = 1_000;
    /** The most requests evaluating designs at once. */
    static final int CONCURRENT = 2;

    private static final String FINGERPRINT = "SELECT COUNT(*), MAX(updated_at), SUM(version) FROM designs";

    private final StoredDesignEvaluator evaluator;
    private final VisibleDesigns visible;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final EvaluatedPairs kept = new EvaluatedPairs();
    private final Semaphore running = new Semaphore(CONCURRENT);

    DecisionImpacts(StoredDesignEvaluator evaluator, VisibleDesigns visible, NamedParameterJdbcTemplate jdbc,
                    Clock clock) {
        this.evaluator = evaluator;
        this.visible = visible;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The designs checked and how each fares.
     *
     * @param checked how many designs were evaluated at both commits
     * @param changed how many get another decision or risk tier
     * @param worse   how many get a worse decision
     * @param better  how many get a better decision
     * @param designs worse ones first, then better ones, then other changes, then the unchanged
     */
    @Schema(name = "DecisionImpact")
    record Impact(int checked, int changed, int worse, int better, List<DesignImpact> designs) {

        Impact {
            designs = List.copyOf(designs);
        }

        /** Only the designs whose decision or tier changes. */
        Impact changesOnly() {
            return new Impact(checked, changed, worse, better, designs.stream().filter(DesignImpact::changed).toList());
        }
    }

    /**
     * One design at the two commits.
     *
     * @param state    where it stands in the workflow now
     * @param revision the revision evaluated: its current one
     * @param changed  whether the decision or the risk tier differs
     * @param findings the findings that moved: another outcome, or a failure under another enforcement
     */
    @Schema(name = "DesignImpact")
    record DesignImpact(long id, String team, String name, String state, int revision, String decisionBefore,
                        String decisionAfter, String tierBefore, String tierAfter, boolean changed, boolean worse,
                        boolean better, List<MovedFinding> findings) {

        DesignImpact {
            findings = List.copyOf(findings);
        }

        static DesignImpact of(StoredDecision before, Evaluation after) {
            Evaluation older = before.evaluation();
            boolean changed = older.decision() != after.decision() || older.tier() != after.tier();
            return new DesignImpact(before.designId(), before.team(), before.name(), before.state().name(),
                    before.revision(), older.decision().name(), after.decision().name(), older.tier().id(),
                    after.tier().id(), changed, after.decision().isWorseThan(older.decision()),
                    older.decision().isWorseThan(after.decision()), MovedFinding.between(older, after));
        }

        /** {@code team/name}. */
        public String label() {
            return team + "/" + name;
        }

        /** Worse first, then better, then another tier, then unchanged. */
        public int rank() {
            return worse ? 0 : better ? 1 : changed ? 2 : 3;
        }
    }

    /**
     * A rule whose finding differs: outcomes and enforcement at each commit, {@code null} on the side
     * that does not have the rule.
     */
    @Schema(name = "MovedFinding")
    record MovedFinding(String policy, String rule, String outcomeBefore, String outcomeAfter,
                        String enforcementBefore, String enforcementAfter, String message) {

        /** The findings that can move a decision, as the engine's policy diff compares them. */
        static List<MovedFinding> between(Evaluation before, Evaluation after) {
            return FindingChange.between(before, after).stream().map(MovedFinding::of).toList();
        }

        private static MovedFinding of(FindingChange change) {
            Finding either = change.after().or(change::before).orElseThrow();
            return new MovedFinding(either.policy(), either.rule(),
                    change.before().map(f -> f.outcome().name()).orElse(null),
                    change.after().map(f -> f.outcome().name()).orElse(null),
                    change.before().map(f -> f.enforcement().id()).orElse(null),
                    change.after().map(f -> f.enforcement().id()).orElse(null), either.message());
        }
    }

    /**
     * Every design the actor may see, in one of the states (all states when none are given),
     * evaluated at both bundles.
     *
     * @throws ImpactBusyException when designs must be evaluated and {@link #CONCURRENT} requests
     *                             already are
     */
    Impact between(Actor actor, PolicyBundle before, PolicyBundle after, Set<DesignState> states) {
        Set<DesignState> included = states.isEmpty() ? EnumSet.allOf(DesignState.class) : states;
        Map<Long, Optional<DesignImpact>> results = kept.results(new EvaluatedPairs.Key(before.commit(), after.commit(),
                fingerprint(), LocalDate.now(clock)));
        List<Long> ids = visible.ids(actor, included);
        List<Long> missing = ids.stream().filter(id -> !results.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            if (!running.tryAcquire()) {
                throw new ImpactBusyException();
            }
            try {
                for (List<Long> batch : batches(missing, BATCH)) {
                    results.putAll(evaluate(before, after, batch));
                }
            } finally {
                running.release();
            }
        }
        List<DesignImpact> designs = ids.stream().map(results::get).filter(Objects::nonNull).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(DesignImpact::rank)).toList();
        return new Impact(designs.size(), count(designs, DesignImpact::changed), count(designs, DesignImpact::worse),
                count(designs, DesignImpact::better), designs);
    }

    /** These designs at both bundles; empty for one that no longer reads. */
    private Map<Long, Optional<DesignImpact>> evaluate(PolicyBundle before, PolicyBundle after, List<Long> ids) {
        List<StoredDecision> older = evaluator.evaluateDesigns(before, ids);
        Map<Long, Evaluation> newer = before.commit().equals(after.commit())
                ? older.stream().collect(Collectors.toMap(StoredDecision::designId, StoredDecision::evaluation))
                : evaluator.evaluateDesigns(after, older.stream().map(StoredDecision::designId).toList()).stream()
                .collect(Collectors.toMap(StoredDecision::designId, StoredDecision::evaluation));
        Map<Long, Optional<DesignImpact>> results = new HashMap<>();
        ids.forEach(id -> results.put(id, Optional.empty()));
        older.stream().filter(d -> newer.containsKey(d.designId()))
                .forEach(d -> results.put(d.designId(), Optional.of(DesignImpact.of(d, newer.get(d.designId())))));
        return results;
    }

    /**
     * What changes when any design is saved: a new revision, state, waiver or answer bumps its
     * version and its time of change; a design added or deleted changes the count.
     */
    private String fingerprint() {
        return jdbc.getJdbcTemplate().queryForObject(FINGERPRINT,
                (rs, n) -> rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getLong(3));
    }

    /** The list cut into consecutive pieces of at most {@code size}. */
    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    /** The permits of the requests that evaluate; for tests, to hold them. */
    Semaphore running() {
        return running;
    }

    /** Forgets the kept results; for tests. */
    void forget() {
        kept.clear();
    }

    private static int count(List<DesignImpact> designs, Function<DesignImpact, Boolean> test) {
        return (int) designs.stream().filter(test::apply).count();
    }
}
