package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String what) {
        return what + "#" + computed.incrementAndGet();
    }

    @Test
    void theSameVersionIsAnsweredFromTheCacheAndANewOneIsComputed() {
        VersionedCache<String, String> cache = new VersionedCache<>(4);
        assertThat(cache.get("14/2020", 7, () -> compute("a"))).isEqualTo("a#1");
        assertThat(cache.get("14/2020", 7, () -> compute("a"))).isEqualTo("a#1");
        assertThat(cache.get("14/2020", 8, () -> compute("a"))).isEqualTo("a#2");
        assertThat(cache.get("14/2019", 8, () -> compute("b"))).as("another key").isEqualTo("b#3");
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(3);
    }

    @Test
    void anAnswerComputedAtAnOlderVersionNeverReplacesANewerOne() {
        VersionedCache<String, String> cache = new VersionedCache<>(4);
        cache.get("k", 9, () -> "new");
        // a slow request that read version 8 before the change finishes after the fresh one was kept
        assertThat(cache.get("k", 8, () -> "old")).isEqualTo("old");
        assertThat(cache.get("k", 9, () -> "recomputed")).isEqualTo("new");
    }

    @Test
    void theLeastRecentlyUsedLeavesFirst() {
        VersionedCache<Integer, String> cache = new VersionedCache<>(2);
        cache.get(1, 1, () -> compute("one"));
        cache.get(2, 1, () -> compute("two"));
        cache.get(1, 1, () -> compute("one"));
        cache.get(3, 1, () -> compute("three"));
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(1, 1, () -> compute("one"))).as("used recently, kept").isEqualTo("one#1");
        assertThat(cache.get(2, 1, () -> compute("two"))).as("least recently used, gone").isEqualTo("two#4");
    }

    @Test
    void aFailedComputationKeepsNothing() {
        VersionedCache<String, String> cache = new VersionedCache<>(2);
        assertThatThrownBy(() -> cache.get("k", 1, () -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> new VersionedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
