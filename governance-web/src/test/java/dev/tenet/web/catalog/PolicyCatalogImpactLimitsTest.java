package dev.tenet.web.catalog;

import dev.tenet.web.catalog.DecisionImpacts.DesignImpact;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits of the impact preview and the diff: batches of designs and the results kept per pair of commits. */
class PolicyCatalogImpactLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void designsAreEvaluatedInBatchesOfAtMostAThousand() {
        List<Long> ids = LongStream.rangeClosed(1, 2_500).boxed().toList();

        List<List<Long>> batches = DecisionImpacts.batches(ids, DecisionImpacts.BATCH);

        assertThat(batches).extracting(List::size).containsExactly(1_000, 1_000, 500);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(DecisionImpacts.batches(List.of(), DecisionImpacts.BATCH)).isEmpty();
        assertThat(DecisionImpacts.batches(ids.subList(0, 1_000), DecisionImpacts.BATCH)).hasSize(1);
    }

    @Test
    void resultsAreKeptPerPairOfCommitsDesignsAndDay() {
        EvaluatedPairs pairs = new EvaluatedPairs(() -> 0L);
        Map<Long, Optional<DesignImpact>> kept = pairs.results(key("a", "b", "5/t/9"));
        kept.put(1L, Optional.empty());

        assertThat(pairs.results(key("a", "b", "5/t/9"))).containsKey(1L);
        assertThat(pairs.results(key("b", "a", "5/t/9"))).as("the other way round").isEmpty();
        assertThat(pairs.results(key("a", "b", "5/t/10"))).as("a design changed").isEmpty();
        assertThat(pairs.results(new EvaluatedPairs.Key("a", "b", "5/t/9", TODAY.plusDays(1))))
                .as("another day: waivers expire").isEmpty();
    }

    @Test
    void resultsAreForgottenAfterAMinute() {
        AtomicLong now = new AtomicLong();
        EvaluatedPairs pairs = new EvaluatedPairs(now::get);
        pairs.results(key("a", "b", "f")).put(1L, Optional.empty());

        now.addAndGet(EvaluatedPairs.TTL.toNanos());
        assertThat(pairs.results(key("a", "b", "f"))).containsKey(1L);
        now.incrementAndGet();
        assertThat(pairs.results(key("a", "b", "f"))).isEmpty();
    }

    @Test
    void atMostEightPairsAreKeptTheLeastRecentlyUsedGoingFirst() {
        EvaluatedPairs pairs = new EvaluatedPairs(() -> 0L);
        for (int i = 0; i < EvaluatedPairs.CAPACITY; i++) {
            pairs.results(key("from" + i, "to", "f")).put((long) i, Optional.empty());
        }
        pairs.results(key("from0", "to", "f"));
        pairs.results(key("from8", "to", "f"));

        assertThat(pairs.size()).isEqualTo(EvaluatedPairs.CAPACITY);
        assertThat(pairs.results(key("from0", "to", "f"))).as("used lately").containsKey(0L);
        assertThat(pairs.results(key("from1", "to", "f"))).as("the least recently used").isEmpty();
    }

    private static EvaluatedPairs.Key key(String before, String after, String designs) {
        return new EvaluatedPairs.Key(before, after, designs, TODAY);
    }
}
