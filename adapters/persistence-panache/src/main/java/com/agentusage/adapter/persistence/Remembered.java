package com.agentusage.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;

/**
 * Answers of one kind of lookup, kept in memory for as long as the {@link ChangeFeed} can be trusted to say
 * when they go stale (ADR 0013). While it cannot, every lookup goes to the database.
 */
final class Remembered<K, V> {

    private final ChangeFeed feed;
    private final Cache<K, V> answers;

    Remembered(ChangeFeed feed, long maximumSize) {
        this.feed = feed;
        this.answers = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The remembered answer, or the lookup's (never null), remembered unless a change came in meanwhile. */
    V get(K key, Function<K, V> lookup) {
        // Every change, and every loss or recovery of the feed, moves the generation before anything is
        // forgotten. An answer whose lookup overlapped that may have been read before the change committed:
        // it is dropped again.
        long generation = feed.generation();
        if (!feed.trusted()) {
            return lookup.apply(key);
        }
        V known = answers.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V found = lookup.apply(key);
        answers.put(key, found);
        if (feed.generation() != generation) {
            answers.invalidate(key);
        }
        return found;
    }

    void forget(K key) {
        answers.invalidate(key);
    }

    void forgetAll() {
        answers.invalidateAll();
    }
}
