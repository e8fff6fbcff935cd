package com.agentusage.adapter.jdbc.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;

/** PostgreSQL: ON CONFLICT settles concurrent writes row by row, and advisory locks order work on one session. */
final class PostgresqlEventSql extends EventSql {

    private static final String INSERT_NEW = """
            INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind)
            SELECT ?, e.event_id, e.occurred_at, e.session_id, e.kind
            FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::smallint[]) AS e(event_id, occurred_at, session_id, kind)
            ON CONFLICT DO NOTHING
            RETURNING event_id""";

    /** Keys come sorted, and unnest yields them in order: every batch takes its locks in the same order. */
    private static final String LOCK_SESSIONS = "SELECT pg_advisory_xact_lock(k) FROM unnest(?::bigint[]) AS k";

    private static final String UPSERT_SESSIONS = """
            INSERT INTO usage_session (agent_id, session_id, first_at, last_at)
            SELECT ?, s.session_id, s.first_at, s.last_at
            FROM unnest(?::varchar[], ?::bigint[], ?::bigint[]) AS s(session_id, first_at, last_at)
            ON CONFLICT (agent_id, session_id) DO UPDATE SET first_at = EXCLUDED.first_at, last_at = EXCLUDED.last_at""";

    private static final String UPSERT_ROLLUPS = """
            INSERT INTO usage_rollup (agent_id, %1$s)
            SELECT ?, r.* FROM unnest(%3$s) AS r(%1$s)
            ON CONFLICT (agent_id, grain_ms, start_at) DO UPDATE SET
                %2$s""".formatted(ROLLUP_COLUMNS, addedCounters("usage_rollup", "EXCLUDED"),
            String.join(", ", Collections.nCopies(ROLLUP_ARRAYS, "?::bigint[]")));

    /**
     * One LATERAL subquery per slice or window: each is an index range scan whatever the planner guesses of
     * ranges bound by another relation's columns (a join form was planned as parallel sequential scans on 30
     * million events: 14 s instead of 5 ms).
     */
    private static final String REPORT = """
            SELECT 0 AS row_kind, s.segment AS number, r.*, 0 AS spanning_gaps
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))
                AS s(segment, grain_ms, from_at, until_at)
            CROSS JOIN LATERAL (
                SELECT %1$s
                FROM usage_rollup r
                WHERE r.agent_id = ? AND r.grain_ms = s.grain_ms AND r.start_at >= s.from_at AND r.start_at < s.until_at) AS r
            UNION ALL
            SELECT 0, s.segment, e.*, 0
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS s(segment, from_at, until_at)
            CROSS JOIN LATERAL (
                SELECT %2$s
                FROM usage_event e
                WHERE e.agent_id = ? AND e.occurred_at >= s.from_at AND e.occurred_at < s.until_at) AS e
            UNION ALL
            SELECT 1, w.window_index, %3$s, g.spanning
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS w(window_index, from_at, until_at)
            CROSS JOIN LATERAL (
                SELECT COUNT(*) AS spanning FROM usage_session_gap
                WHERE agent_id = ? AND before_at >= w.until_at AND after_at < w.from_at) AS g""".formatted(SUMS_OF_ROLLUPS, COUNTS_OF_EVENTS, NO_COUNTS);

    PostgresqlEventSql() {
        super(UPSERT_SESSIONS, UPSERT_ROLLUPS, REPORT);
    }

    @Override
    Set<String> insertNew(Connection connection, long agentId, EventColumns events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_NEW)) {
            bindEvents(statement, connection, agentId, events);
            return firstColumn(statement);
        }
    }

    @Override
    String agentRowsWithKeys(String table, String keyColumn) {
        return "FROM " + table + " t WHERE t." + keyColumn + " = ANY(?) AND t.agent_id = ?";
    }

    @Override
    void lockSessions(Connection connection, long agentId, Collection<String> sessions) throws SQLException {
        // A collision between two sessions' keys only makes them take turns needlessly.
        Long[] keys = sessions.stream().map(session -> agentId << 32 | session.hashCode() & 0xffff_ffffL)
                .distinct().sorted().toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement(LOCK_SESSIONS)) {
            statement.setArray(1, bigints(connection, keys));
            statement.executeQuery().close();
        }
    }

    /** JIT costs more than it saves on the report query. */
    @Override
    void prepareCounting(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL jit = off");
        }
    }
}
