package vn.sonla.ntm.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers that are expensive to compute and change only when the service's data changes, kept under the data version
 * they were computed at. The version is the service's audit chain head ({@code AuditTrail.lastSeq}): every change is
 * audited in its own transaction, and appending locks the head until commit, so the head read by a request counts
 * exactly the changes it can see. Read the version <em>before</em> computing: the answer is then at least as new as
 * its version, and any later change raises the version and is recomputed (docs/decisions/0084-dashboard-cache.md).
 *
 * <p>Bounded (least recently used entries leave first). Two requests that miss at once both compute; the newer
 * version stays. Plain Java, no Quarkus: the services hold one per read model.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {
    }

    private final Map<K, Entry<V>> entries;

    private long hits;

    private long misses;

    public VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer for {@code key} computed at {@code version}, computing it when there is none that new. */
    public V get(K key, long version, Supplier<V> compute) {
        synchronized (entries) {
            Entry<V> kept = entries.get(key);
            if (kept != null && kept.version() == version) {
                hits++;
                return kept.value();
            }
            misses++;
        }
        V value = compute.get();
        synchronized (entries) {
            Entry<V> kept = entries.get(key);
            if (kept == null || kept.version() <= version) {
                entries.put(key, new Entry<>(version, value));
            }
        }
        return value;
    }

    public long hits() {
        synchronized (entries) {
            return hits;
        }
    }

    public long misses() {
        synchronized (entries) {
            return misses;
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
