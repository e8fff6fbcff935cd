package com.agentusage.adapter.jdbc.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Derives the usage tables (session spans, long gaps, rollups) from usage_event in bulk: the numbers
 * {@link EventWriter} keeps on every write, for events that arrived another way (a COPY, a restore). Written
 * with the same {@link RollupCounter} definitions as everything else that counts, in SQL both databases read
 * alike. Migration V4 did the same for the events stored before V3; it stays as it was applied.
 */
final class UsageDerivation {

    private static final String MESSAGES = RollupCounter.MESSAGES.countsKindIn("kind");

    private UsageDerivation() {
    }

    /** Empties the usage tables and derives them again, on the connection's current transaction. */
    static void deriveAgain(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
        }
    }

    /** In order: empty the tables, then spans, gaps, minutes, and each coarser grain from the one below it. */
    static List<String> statements() {
        return List.of("DELETE FROM usage_rollup", "DELETE FROM usage_session_gap", "DELETE FROM usage_session",
                SESSIONS, GAPS, minutes(), coarser(Grain.HOUR, Grain.MINUTE), coarser(Grain.DAY, Grain.HOUR));
    }

    private static final String SESSIONS = """
            INSERT INTO usage_session (agent_id, session_id, first_at, last_at)
            SELECT agent_id, session_id, MIN(occurred_at), MAX(occurred_at)
            FROM usage_event
            WHERE %s
            GROUP BY agent_id, session_id""".formatted(MESSAGES);

    private static final String GAPS = """
            INSERT INTO usage_session_gap (agent_id, session_id, after_at, before_at)
            SELECT agent_id, session_id, previous_at, occurred_at
            FROM (SELECT agent_id, session_id, occurred_at,
                         LAG(occurred_at) OVER (PARTITION BY agent_id, session_id ORDER BY occurred_at) AS previous_at
                  FROM usage_event
                  WHERE %s) AS consecutive
            WHERE occurred_at - previous_at >= %d""".formatted(MESSAGES, SessionSpan.LONG_GAP_MILLIS);

    /**
     * Minute rows: the events' counters by kind, then the sessions whose first or last message is in the minute
     * (the last two counters of a row).
     */
    private static String minutes() {
        long minute = Grain.MINUTE.millis;
        String eventCounts = RollupCounter.EVENT_COUNTERS.stream()
                .map(counter -> "COUNT(CASE WHEN " + counter.countsKindIn("kind") + " THEN 1 END)")
                .collect(Collectors.joining(", "));
        return """
                INSERT INTO usage_rollup (agent_id, %1$s)
                SELECT agent_id, %2$d, start_at, %3$s
                FROM (SELECT agent_id, occurred_at / %2$d * %2$d AS start_at, %4$s, 0, 0
                      FROM usage_event
                      GROUP BY agent_id, occurred_at / %2$d * %2$d
                      UNION ALL
                      SELECT agent_id, first_at / %2$d * %2$d, %5$s, COUNT(*), 0
                      FROM usage_session
                      GROUP BY agent_id, first_at / %2$d * %2$d
                      UNION ALL
                      SELECT agent_id, last_at / %2$d * %2$d, %5$s, 0, COUNT(*)
                      FROM usage_session
                      GROUP BY agent_id, last_at / %2$d * %2$d) AS per_minute(agent_id, start_at, %6$s)
                GROUP BY agent_id, start_at""".formatted(EventSql.ROLLUP_COLUMNS, minute, EventSql.sumsOfCounters(""), eventCounts,
                RollupCounter.EVENT_COUNTERS.stream().map(counter -> "0").collect(Collectors.joining(", ")),
                EventSql.COUNTER_COLUMNS);
    }

    /** The rows of {@code grain} as sums of the rows of the next finer grain. */
    private static String coarser(Grain grain, Grain finer) {
        return """
                INSERT INTO usage_rollup (agent_id, %1$s)
                SELECT agent_id, %2$d, start_at / %2$d * %2$d, %3$s
                FROM usage_rollup
                WHERE grain_ms = %4$d
                GROUP BY agent_id, start_at / %2$d * %2$d""".formatted(EventSql.ROLLUP_COLUMNS, grain.millis, EventSql.sumsOfCounters(""),
                finer.millis);
    }
}
