package dev.tenet.web.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small cache of values computed from immutable keys (a commit id, a pair of commits): the
 * least recently used entry goes when it is full. Thread-safe; a value may be computed twice by
 * requests that race, never stored wrong, since the same key always gives the same value.
 */
final class RecentlyUsed<K, V> {

    private final Map<K, V> entries;

    RecentlyUsed(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value for the key, computed (outside the lock) and kept when absent. */
    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V value = entries.get(key);
            if (value != null) {
                return value;
            }
        }
        V value = compute.apply(key);
        synchronized (entries) {
            entries.put(key, value);
        }
        return value;
    }

    /** The value for the key, if kept. */
    V find(K key) {
        synchronized (entries) {
            return entries.get(key);
        }
    }

    void put(K key, V value) {
        synchronized (entries) {
            entries.put(key, value);
        }
    }
}
