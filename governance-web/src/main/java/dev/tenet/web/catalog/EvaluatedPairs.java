package dev.tenet.web.catalog;

import dev.tenet.web.catalog.DecisionImpacts.DesignImpact;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The designs already evaluated at a pair of policy commits, for a short while: each design's
 * {@link DesignImpact}, or empty for a stored revision that no longer reads. What is kept is every
 * design anyone asked about, of any team: callers take only the ids they may see.
 *
 * <p>An entry is keyed by the two commits, by a fingerprint of the {@code designs} table (how many
 * rows, the latest change, the sum of the versions: a new revision, state, waiver or answer saves
 * the design and so moves it), and by the day (waivers expire). A design that changes therefore
 * starts a new entry rather than being served stale; the old one ages out. Entries live at most
 * {@link #TTL}, and at most {@link #CAPACITY} pairs are kept, the least recently used going first.
 */
final class EvaluatedPairs {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int CAPACITY = 8;

    /** What the results depend on. */
    record Key(String before, String after, String designs, LocalDate today) {
    }

    private record Entry(long created, Map<Long, Optional<DesignImpact>> results) {
    }

    private final LongSupplier nanoTime;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    EvaluatedPairs() {
        this(System::nanoTime);
    }

    EvaluatedPairs(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * The results kept for the key, a live map to add newly evaluated designs to; a fresh empty one
     * when none is kept or the kept one is older than {@link #TTL}.
     */
    Map<Long, Optional<DesignImpact>> results(Key key) {
        long now = nanoTime.getAsLong();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry == null || now - entry.created() > TTL.toNanos()) {
                entry = new Entry(now, new ConcurrentHashMap<>());
                entries.put(key, entry);
            }
            return entry.results();
        }
    }

    /** How many pairs are kept. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Forgets everything. */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
