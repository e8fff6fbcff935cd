package com.agentusage.adapter.jdbc.coherence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Answers of one kind of lookup, kept in memory for as long as the {@link ChangeFeed} can be trusted to say
 * when they go stale (ADR 0013). While it cannot, every lookup goes to the database. Which changes make an
 * answer stale is said where the memory is made: any access change, or new events of the answer's agent.
 */
public final class Remembered<K, V> {

    private static final long MAXIMUM_ANSWERS = 100_000;

    private final ChangeFeed feed;
    private final BiConsumer<StoreChange, Remembered<K, V>> forgetStale;
    private final Cache<K, V> answers = Caffeine.newBuilder().maximumSize(MAXIMUM_ANSWERS).build();

    private Remembered(ChangeFeed feed, BiConsumer<StoreChange, Remembered<K, V>> forgetStale) {
        this.feed = feed;
        this.forgetStale = forgetStale;
    }

    /** Access answers (users by token, agents, permissions): stale after any change to any of them. */
    public static <K, V> Remembered<K, V> accessAnswers(ChangeFeed feed) {
        return tracked(feed, (change, memory) -> {
            if (!(change instanceof StoreChange.EventsStored)) {
                memory.forgetAll();
            }
        });
    }

    /** Answers about an agent's events, by agent id: stale when that agent stores events. */
    public static <V> Remembered<Long, V> perAgentEvents(ChangeFeed feed) {
        return tracked(feed, (change, memory) -> {
            switch (change) {
                case StoreChange.EventsStored stored -> memory.answers.invalidate(stored.agentId());
                case StoreChange.AccessChanged access -> {
                }
                case StoreChange.AllChanged all -> memory.forgetAll();
                case StoreChange.Unrecognized unrecognized -> memory.forgetAll();
            }
        });
    }

    private static <K, V> Remembered<K, V> tracked(ChangeFeed feed, BiConsumer<StoreChange, Remembered<K, V>> forgetStale) {
        Remembered<K, V> memory = new Remembered<>(feed, forgetStale);
        feed.track(memory);
        return memory;
    }

    /** The remembered answer, or the lookup's (never null), remembered unless a change came in meanwhile. */
    public V get(K key, Function<K, V> lookup) {
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

    void forgetStale(StoreChange change) {
        forgetStale.accept(change, this);
    }

    void forgetAll() {
        answers.invalidateAll();
    }
}
