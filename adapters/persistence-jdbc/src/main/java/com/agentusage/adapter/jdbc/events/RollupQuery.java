package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.events.Grain.Slice;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.TimeRange;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.WindowCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The counts of all eleven windows of a period, exact, read from the rollups instead of the events.
 *
 * <p>The windows' edges cut time into ten segments (the previous window, then the nine buckets); a window
 * is a run of segments. Each segment, and the history before the first, is read as slices: whole days from
 * usage_rollup, then hours and minutes at its ends, and events from usage_event only for the minutes an
 * edge cuts through. Additive counts are sums of segments. Distinct sessions follow {@link SessionSpan}'s
 * formula: sessions whose first message lies in the window, plus sessions open at its start (first
 * messages before it, less last messages before it, counted since the beginning), less the sessions with a
 * long gap spanning it.
 *
 * <p>Everything is read by one statement, so from one snapshot even while events are being written. Each slice
 * is an index range scan: a rolled-up slice reads whole minutes, hours or days, and an event slice (a minute
 * at most) has each event look up its session by primary key to tell a first or last message.
 */
final class RollupQuery {

    private static final int COUNTERS = RollupCounter.values().length;
    /** The kind of the rows that carry a window's spanning gaps; the others (kind 0) carry a segment's sums. */
    private static final int WINDOW_ROW = 1;

    private RollupQuery() {
    }

    /**
     * Reads the report with the database's form of the one statement ({@link EventSql#reportQuery()}): rows of
     * kind 0 carry sums of a segment's slices (several rows may carry one segment), rows of kind 1 the long
     * gaps spanning a window.
     */
    static PeriodCounts count(Connection connection, EventSql sql, long agentId, ReportingPeriod period) throws SQLException {
        long[] edges = edges(period);
        // Windows as runs of edges, in the order of PeriodCounts: aggregate, previous, the nine buckets.
        List<int[]> windows = new ArrayList<>(List.of(new int[] {1, edges.length - 1}, new int[] {0, 1}));
        for (int bucket = 1; bucket <= ReportingPeriod.BUCKETS; bucket++) {
            windows.add(new int[] {bucket, bucket + 1});
        }
        long[][] segments = new long[edges.length][COUNTERS];
        long[] spanningGaps = new long[windows.size()];
        try (PreparedStatement statement = connection.prepareStatement(sql.reportQuery())) {
            bind(statement, connection, agentId, edges, windows);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int number = rows.getInt(2);
                    if (rows.getInt(1) == WINDOW_ROW) {
                        spanningGaps[number] = rows.getLong(3 + COUNTERS);
                        continue;
                    }
                    for (int counter = 0; counter < COUNTERS; counter++) {
                        segments[number][counter] += rows.getLong(3 + counter);
                    }
                }
            }
        }
        List<WindowCounts> counts = new ArrayList<>(windows.size());
        for (int window = 0; window < windows.size(); window++) {
            counts.add(window(segments, spanningGaps[window], windows.get(window)[0], windows.get(window)[1]));
        }
        return new PeriodCounts(counts.get(0), counts.get(1), counts.subList(2, counts.size()));
    }

    /** The eleven instants where windows start or end, in order; the period's windows are runs between them. */
    private static long[] edges(ReportingPeriod period) {
        List<StatsWindow> windows = new ArrayList<>();
        windows.add(period.previous());
        windows.addAll(period.buckets());
        long[] edges = new long[windows.size() + 1];
        edges[0] = period.previous().counted().fromMillis();
        for (int i = 0; i < windows.size(); i++) {
            TimeRange counted = windows.get(i).counted();
            if (counted.fromMillis() != edges[i]) {
                throw new IllegalStateException("windows must follow one another: " + period);
            }
            SessionSpan.requireCountable(counted);
            edges[i + 1] = counted.untilMillis();
        }
        return edges;
    }

    /**
     * Binds the slices of every segment (segment 0 is everything before the first edge, as events are never
     * before 1970; segment k the range between edges k - 1 and k), then the windows.
     */
    private static void bind(PreparedStatement statement, Connection connection, long agentId, long[] edges,
                             List<int[]> windows) throws SQLException {
        List<Integer> rolledSegments = new ArrayList<>();
        List<Long> grains = new ArrayList<>();
        List<Long> rolledFroms = new ArrayList<>();
        List<Long> rolledUntils = new ArrayList<>();
        List<Integer> rawSegments = new ArrayList<>();
        List<Long> rawFroms = new ArrayList<>();
        List<Long> rawUntils = new ArrayList<>();
        for (int segment = 0; segment < edges.length; segment++) {
            long from = segment == 0 ? 0 : edges[segment - 1];
            for (Slice slice : Grain.slice(from, edges[segment])) {
                boolean raw = slice.grain() == Grain.MILLISECOND;
                (raw ? rawSegments : rolledSegments).add(segment);
                (raw ? rawFroms : rolledFroms).add(slice.fromMillis());
                (raw ? rawUntils : rolledUntils).add(slice.untilMillis());
                if (!raw) {
                    grains.add(slice.grain().millis);
                }
            }
        }
        Integer[] windowIndexes = new Integer[windows.size()];
        Long[] windowFroms = new Long[windows.size()];
        Long[] windowUntils = new Long[windows.size()];
        for (int window = 0; window < windows.size(); window++) {
            windowIndexes[window] = window;
            windowFroms[window] = edges[windows.get(window)[0]];
            windowUntils[window] = edges[windows.get(window)[1]];
        }
        statement.setArray(1, connection.createArrayOf("integer", rolledSegments.toArray()));
        statement.setArray(2, EventSql.bigints(connection, grains.toArray()));
        statement.setArray(3, EventSql.bigints(connection, rolledFroms.toArray()));
        statement.setArray(4, EventSql.bigints(connection, rolledUntils.toArray()));
        statement.setLong(5, agentId);
        statement.setArray(6, connection.createArrayOf("integer", rawSegments.toArray()));
        statement.setArray(7, EventSql.bigints(connection, rawFroms.toArray()));
        statement.setArray(8, EventSql.bigints(connection, rawUntils.toArray()));
        statement.setLong(9, agentId);
        statement.setArray(10, connection.createArrayOf("integer", windowIndexes));
        statement.setArray(11, EventSql.bigints(connection, windowFroms));
        statement.setArray(12, EventSql.bigints(connection, windowUntils));
        statement.setLong(13, agentId);
    }

    /** The window from edge {@code from} to edge {@code until}: segments from + 1 to until. */
    private static WindowCounts window(long[][] segments, long spanningGaps, int from, int until) {
        long[] sum = new long[COUNTERS];
        for (int segment = from + 1; segment <= until; segment++) {
            for (int counter = 0; counter < COUNTERS; counter++) {
                sum[counter] += segments[segment][counter];
            }
        }
        long openAtStart = 0;
        for (int segment = 0; segment <= from; segment++) {
            openAtStart += segments[segment][RollupCounter.SESSION_FIRSTS.ordinal()] - segments[segment][RollupCounter.SESSION_LASTS.ordinal()];
        }
        long sessions = sum[RollupCounter.SESSION_FIRSTS.ordinal()] + openAtStart - spanningGaps;
        return new WindowCounts(sessions, sum[RollupCounter.MESSAGES.ordinal()], sum[RollupCounter.UNHANDLED.ordinal()],
                sum[RollupCounter.AMBIGUOUS.ordinal()], sum[RollupCounter.MISMATCHED.ordinal()], sum[RollupCounter.INTERVENTIONS.ordinal()]);
    }
}
