package com.agentusage.adapter.persistence;

import com.agentusage.adapter.persistence.Grain.Slice;
import com.agentusage.adapter.persistence.RollupChanges.Counter;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.StatsWindow;
import com.agentusage.domain.period.TimeRange;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.SessionSpan;
import com.agentusage.domain.usage.SessionSpan.Gap;
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
 */
final class RollupQuery {

    private static final int COUNTERS = Counter.values().length;

    /**
     * Sums per segment of the rolled-up slices, then of the event slices. An event slice is a minute at most,
     * so its events each look up their session (by primary key) to tell a first or last message.
     */
    private static final String SLICE_SUMS = """
            SELECT s.segment, SUM(r.messages), SUM(r.unhandled), SUM(r.ambiguous), SUM(r.mismatched),
                   SUM(r.interventions), SUM(r.session_firsts), SUM(r.session_lasts)
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))
                AS s(segment, grain_ms, from_at, until_at)
            JOIN usage_rollup r
                ON r.agent_id = ? AND r.grain_ms = s.grain_ms AND r.start_at >= s.from_at AND r.start_at < s.until_at
            GROUP BY s.segment
            UNION ALL
            SELECT s.segment, COUNT(CASE WHEN e.kind < 5 THEN 1 END), COUNT(CASE WHEN e.kind = 1 THEN 1 END),
                   COUNT(CASE WHEN e.kind BETWEEN 2 AND 4 THEN 1 END), COUNT(CASE WHEN e.kind = 3 THEN 1 END),
                   COUNT(CASE WHEN e.kind = 5 THEN 1 END),
                   COUNT(DISTINCT CASE WHEN e.kind < 5 AND e.occurred_at = (SELECT u.first_at FROM usage_session u
                       WHERE u.agent_id = e.agent_id AND u.session_id = e.session_id) THEN e.session_id END),
                   COUNT(DISTINCT CASE WHEN e.kind < 5 AND e.occurred_at = (SELECT u.last_at FROM usage_session u
                       WHERE u.agent_id = e.agent_id AND u.session_id = e.session_id) THEN e.session_id END)
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS s(segment, from_at, until_at)
            JOIN usage_event e ON e.agent_id = ? AND e.occurred_at >= s.from_at AND e.occurred_at < s.until_at
            GROUP BY s.segment""";

    /** Long gaps that may span one of the windows: ending at or after the earliest window end, starting before the latest start. */
    private static final String GAPS = "SELECT after_at, before_at FROM usage_session_gap "
            + "WHERE agent_id = ? AND before_at >= ? AND after_at < ?";

    private RollupQuery() {
    }

    static PeriodCounts count(Connection connection, long agentId, ReportingPeriod period) throws SQLException {
        long[] edges = edges(period);
        long[][] segments = segmentSums(connection, agentId, edges);
        List<Gap> gaps = gaps(connection, agentId, edges[1], edges[edges.length - 2]);
        List<WindowCounts> buckets = new ArrayList<>(ReportingPeriod.BUCKETS);
        for (int bucket = 1; bucket <= ReportingPeriod.BUCKETS; bucket++) {
            buckets.add(window(segments, gaps, edges, bucket, bucket + 1));
        }
        return new PeriodCounts(window(segments, gaps, edges, 0, 1),
                window(segments, gaps, edges, 1, edges.length - 1), buckets);
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
     * Sums per segment: segment 0 is everything before the first edge (events are never before 1970), segment
     * k the range between edges k - 1 and k.
     */
    private static long[][] segmentSums(Connection connection, long agentId, long[] edges) throws SQLException {
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
        long[][] sums = new long[edges.length][COUNTERS];
        try (PreparedStatement statement = connection.prepareStatement(SLICE_SUMS)) {
            statement.setArray(1, connection.createArrayOf("integer", rolledSegments.toArray()));
            statement.setArray(2, EventSql.bigints(connection, grains.toArray()));
            statement.setArray(3, EventSql.bigints(connection, rolledFroms.toArray()));
            statement.setArray(4, EventSql.bigints(connection, rolledUntils.toArray()));
            statement.setLong(5, agentId);
            statement.setArray(6, connection.createArrayOf("integer", rawSegments.toArray()));
            statement.setArray(7, EventSql.bigints(connection, rawFroms.toArray()));
            statement.setArray(8, EventSql.bigints(connection, rawUntils.toArray()));
            statement.setLong(9, agentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long[] segment = sums[rows.getInt(1)];
                    for (int counter = 0; counter < COUNTERS; counter++) {
                        segment[counter] += rows.getLong(2 + counter);
                    }
                }
            }
        }
        return sums;
    }

    private static List<Gap> gaps(Connection connection, long agentId, long earliestEnd, long latestStart)
            throws SQLException {
        List<Gap> gaps = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(GAPS)) {
            statement.setLong(1, agentId);
            statement.setLong(2, earliestEnd);
            statement.setLong(3, latestStart);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    gaps.add(new Gap(rows.getLong(1), rows.getLong(2)));
                }
            }
        }
        return gaps;
    }

    /** The window from edge {@code from} to edge {@code until}: segments from + 1 to until. */
    private static WindowCounts window(long[][] segments, List<Gap> gaps, long[] edges, int from, int until) {
        long[] sum = new long[COUNTERS];
        for (int segment = from + 1; segment <= until; segment++) {
            for (int counter = 0; counter < COUNTERS; counter++) {
                sum[counter] += segments[segment][counter];
            }
        }
        long openAtStart = 0;
        for (int segment = 0; segment <= from; segment++) {
            openAtStart += segments[segment][Counter.SESSION_FIRSTS.ordinal()] - segments[segment][Counter.SESSION_LASTS.ordinal()];
        }
        TimeRange range = new TimeRange(edges[from], edges[until]);
        long silentThrough = gaps.stream().filter(gap -> gap.spans(range)).count();
        long sessions = sum[Counter.SESSION_FIRSTS.ordinal()] + openAtStart - silentThrough;
        return new WindowCounts(sessions, sum[Counter.MESSAGES.ordinal()], sum[Counter.UNHANDLED.ordinal()],
                sum[Counter.AMBIGUOUS.ordinal()], sum[Counter.MISMATCHED.ordinal()], sum[Counter.INTERVENTIONS.ordinal()]);
    }
}
