package com.agentusage.adapter.jdbc.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one batch adds to the usage_rollup rows, summed per row at every rolled-up grain. Rows come out in
 * key order, so concurrent batches lock the rows they share in the same order and cannot deadlock.
 */
final class RollupChanges {

    private static final int COUNTERS = RollupCounter.values().length;

    private record Key(long grainMillis, long startMillis) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byGrain = Long.compare(grainMillis, other.grainMillis);
            return byGrain != 0 ? byGrain : Long.compare(startMillis, other.startMillis);
        }
    }

    private final Map<Key, long[]> rows = new TreeMap<>();

    /** A newly stored event: one more in every counter that counts its kind. */
    void addEvent(long epochMillis, EventKind kind) {
        for (RollupCounter counter : RollupCounter.EVENT_COUNTERS) {
            if (counter.counts(kind)) {
                add(epochMillis, counter, 1);
            }
        }
    }

    void add(long epochMillis, RollupCounter counter, long delta) {
        for (Grain grain : Grain.ROLLED_UP) {
            rows.computeIfAbsent(new Key(grain.millis, grain.floor(epochMillis)), key -> new long[COUNTERS])[counter.ordinal()] += delta;
        }
    }

    /** The changed rows as columns: grain, start, then one array per counter. Rows whose changes cancel out are left out. */
    Long[][] columns() {
        List<Map.Entry<Key, long[]>> changed = rows.entrySet().stream()
                .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(value -> value != 0))
                .toList();
        Long[][] columns = new Long[2 + COUNTERS][changed.size()];
        int row = 0;
        for (Map.Entry<Key, long[]> entry : changed) {
            columns[0][row] = entry.getKey().grainMillis();
            columns[1][row] = entry.getKey().startMillis();
            for (int counter = 0; counter < COUNTERS; counter++) {
                columns[2 + counter][row] = entry.getValue()[counter];
            }
            row++;
        }
        return columns;
    }
}
