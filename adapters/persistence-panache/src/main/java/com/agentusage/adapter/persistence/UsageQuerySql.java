package com.agentusage.adapter.persistence;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.period.TimeRange;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.WindowCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The counts of all eleven windows of a period in one statement: one small aggregate per window over a
 * range of the covering index, joined with UNION ALL. Exact, distinct sessions included. The same SQL runs
 * on H2 and PostgreSQL.
 */
final class UsageQuerySql {

    private static final int WINDOWS = ReportingPeriod.BUCKETS + 2;

    private static final String WINDOW_AGGREGATE = """
            SELECT %d AS window_index,
                   COUNT(DISTINCT CASE WHEN kind < 5 THEN session_id END) AS sessions,
                   COUNT(CASE WHEN kind < 5 THEN 1 END) AS messages,
                   COUNT(CASE WHEN kind = 1 THEN 1 END) AS unhandled,
                   COUNT(CASE WHEN kind BETWEEN 2 AND 4 THEN 1 END) AS ambiguous,
                   COUNT(CASE WHEN kind = 3 THEN 1 END) AS mismatched,
                   COUNT(CASE WHEN kind = 5 THEN 1 END) AS interventions
            FROM usage_event
            WHERE agent_id = ? AND occurred_at >= ? AND occurred_at < ?""";

    private static final String SQL = IntStream.range(0, WINDOWS)
            .mapToObj(WINDOW_AGGREGATE::formatted)
            .collect(Collectors.joining("\nUNION ALL\n"));

    private UsageQuerySql() {
    }

    /** Windows in the order: previous, aggregate, then the nine buckets. */
    static PeriodCounts count(Connection connection, long agentId, ReportingPeriod period) throws SQLException {
        List<TimeRange> windows = new ArrayList<>(WINDOWS);
        windows.add(period.previous().counted());
        windows.add(period.aggregate().counted());
        period.buckets().forEach(bucket -> windows.add(bucket.counted()));
        WindowCounts[] counts = new WindowCounts[WINDOWS];
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int parameter = 1;
            for (TimeRange window : windows) {
                statement.setLong(parameter++, agentId);
                statement.setLong(parameter++, window.fromMillis());
                statement.setLong(parameter++, window.untilMillis());
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts[rows.getInt("window_index")] = new WindowCounts(rows.getLong("sessions"),
                            rows.getLong("messages"), rows.getLong("unhandled"), rows.getLong("ambiguous"),
                            rows.getLong("mismatched"), rows.getLong("interventions"));
                }
            }
        }
        return new PeriodCounts(counts[0], counts[1], List.of(counts).subList(2, WINDOWS));
    }
}
