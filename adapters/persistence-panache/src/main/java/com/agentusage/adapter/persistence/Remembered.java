package com.agentusage.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers of one kind of lookup, kept in memory for as long as the {@link ChangeFeed} can be trusted to say
 * when they go stale (ADR 0013). While it cannot, every lookup goes to the database.
 */
final class Remembered<K, V> {

    /** A lookup in the database; may throw what the database access throws. */
    interface Lookup<K, V, E extends Exception> {
        V find(K key) throws E;
    }

    private final ChangeFeed feed;
    private final Cache<K, V> answers;

    Remembered(ChangeFeed feed, long maximumSize) {
        this.feed = feed;
        this.answers = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The remembered answer, or the lookup's (never null), remembered unless a change came in meanwhile. */
    <E extends Exception> V get(K key, Lookup<K, V, E> lookup) throws E {
        // Every change, and every loss or recovery of the feed, moves the generation before anything is
        // forgotten. An answer whose lookup overlapped that may have been read before the change committed:
        // it is dropped again.
        long generation = feed.generation();
        if (!feed.trusted()) {
            return lookup.find(key);
        }
        V known = answers.getIfPresent(key);
        if (known != null) {
            return known;
        }
        V found = lookup.find(key);
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
