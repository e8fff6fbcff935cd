package com.agentusage.adapter.jdbc.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * H2 has neither ON CONFLICT nor advisory locks: a batch locks its agent's row first, so batches of one
 * agent take turns and each sees everything committed before it. H2 serves development and demos, where
 * that is enough.
 */
final class H2EventSql extends EventSql {

    private static final String LOCK_AGENT = "SELECT id FROM agent WHERE id = ? FOR UPDATE";

    private static final String SELECT_STORED = "SELECT t.event_id ";

    private static final String INSERT = """
            INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind)
            SELECT ?, e.event_id, e.occurred_at, e.session_id, e.kind
            FROM UNNEST(CAST(? AS VARCHAR(128) ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(128) ARRAY),
                        CAST(? AS SMALLINT ARRAY)) AS e(event_id, occurred_at, session_id, kind)""";

    private static final String UPSERT_SESSIONS = """
            MERGE INTO usage_session (agent_id, session_id, first_at, last_at) KEY (agent_id, session_id)
            SELECT ?, s.session_id, s.first_at, s.last_at
            FROM UNNEST(CAST(? AS VARCHAR(128) ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))
                AS s(session_id, first_at, last_at)""";

    private static final String UPSERT_ROLLUPS = """
            MERGE INTO usage_rollup t
            USING (SELECT CAST(? AS BIGINT) AS agent_id, r.*
                   FROM UNNEST(%3$s) AS r(%1$s)) c
            ON t.agent_id = c.agent_id AND t.grain_ms = c.grain_ms AND t.start_at = c.start_at
            WHEN MATCHED THEN UPDATE SET
                %2$s
            WHEN NOT MATCHED THEN INSERT (agent_id, %1$s)
                VALUES (c.agent_id, %4$s)""".formatted(ROLLUP_COLUMNS, addedCounters("t", "c"),
            String.join(", ", Collections.nCopies(ROLLUP_ARRAYS, "CAST(? AS BIGINT ARRAY)")),
            Arrays.stream(ROLLUP_COLUMNS.split(", ")).map(column -> "c." + column).collect(Collectors.joining(", ")));

    /** H2 has no LATERAL; it joins by nested loops over the indexes anyway, so plain joins read the same ranges. */
    private static final String REPORT = """
            SELECT 0 AS row_kind, s.segment AS number, %1$s, 0 AS spanning_gaps
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY))
                AS s(segment, grain_ms, from_at, until_at)
            JOIN usage_rollup r
                ON r.agent_id = ? AND r.grain_ms = s.grain_ms AND r.start_at >= s.from_at AND r.start_at < s.until_at
            GROUP BY s.segment
            UNION ALL
            SELECT 0, s.segment,
                   %2$s,
                   0
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS s(segment, from_at, until_at)
            JOIN usage_event e ON e.agent_id = ? AND e.occurred_at >= s.from_at AND e.occurred_at < s.until_at
            GROUP BY s.segment
            UNION ALL
            SELECT 1, w.window_index, %3$s, COUNT(*)
            FROM UNNEST(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS w(window_index, from_at, until_at)
            JOIN usage_session_gap g ON g.agent_id = ? AND g.before_at >= w.until_at AND g.after_at < w.from_at
            GROUP BY w.window_index""".formatted(SUMS_OF_ROLLUPS, COUNTS_OF_EVENTS, NO_COUNTS);

    H2EventSql() {
        super(UPSERT_SESSIONS, UPSERT_ROLLUPS, REPORT);
    }

    @Override
    Set<String> insertNew(Connection connection, long agentId, EventColumns events) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_AGENT)) {
            lock.setLong(1, agentId);
            lock.executeQuery().close();
        }
        Set<String> stored;
        try (PreparedStatement select = connection.prepareStatement(SELECT_STORED + agentRowsWithKeys("usage_event", "event_id"))) {
            select.setArray(1, texts(connection, events.ids()));
            select.setLong(2, agentId);
            stored = firstColumn(select);
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < events.ids().length; i++) {
            if (!stored.contains(events.ids()[i])) {
                fresh.add(i);
            }
        }
        EventColumns inserted = events.rows(fresh);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindEvents(insert, connection, agentId, inserted);
            insert.executeUpdate();
        }
        return Set.of(inserted.ids());
    }

    /**
     * A join with the array: {@code = ANY(?)} was evaluated here row by row over the agent's rows (measured:
     * 100 ms for a 100-event batch on the demo's 30,000 events), a join looks each key up.
     */
    @Override
    String agentRowsWithKeys(String table, String keyColumn) {
        return "FROM " + table + " t JOIN UNNEST(CAST(? AS VARCHAR(128) ARRAY)) AS k(v) ON t." + keyColumn
                + " = k.v WHERE t.agent_id = ?";
    }

    /** The agent's row is locked already. */
    @Override
    void lockSessions(Connection connection, long agentId, Collection<String> sessions) {
    }
}
