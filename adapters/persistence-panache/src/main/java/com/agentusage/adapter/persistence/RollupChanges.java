package com.agentusage.adapter.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one batch adds to the usage_rollup rows, summed per row at every rolled-up grain. Rows come out in
 * key order, so concurrent batches lock the rows they share in the same order and cannot deadlock.
 */
final class RollupChanges {

    /** The counters of a rollup row, in the order of its columns. */
    enum Counter { MESSAGES, UNHANDLED, AMBIGUOUS, MISMATCHED, INTERVENTIONS, SESSION_FIRSTS, SESSION_LASTS }

    private static final int COUNTERS = Counter.values().length;

    private record Key(long grainMillis, long startMillis) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byGrain = Long.compare(grainMillis, other.grainMillis);
            return byGrain != 0 ? byGrain : Long.compare(startMillis, other.startMillis);
        }
    }

    private final Map<Key, long[]> rows = new TreeMap<>();

    /** A newly stored event, by its kind code. */
    void addEvent(long epochMillis, short kind) {
        if (kind == EventKind.INTERVENTION) {
            add(epochMillis, Counter.INTERVENTIONS, 1);
            return;
        }
        add(epochMillis, Counter.MESSAGES, 1);
        if (kind == EventKind.UNHANDLED) {
            add(epochMillis, Counter.UNHANDLED, 1);
        } else if (kind != EventKind.SUCCESSFUL) {
            add(epochMillis, Counter.AMBIGUOUS, 1);
        }
        if (kind == EventKind.MISMATCHED) {
            add(epochMillis, Counter.MISMATCHED, 1);
        }
    }

    void add(long epochMillis, Counter counter, long delta) {
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
