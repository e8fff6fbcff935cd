package com.agentusage.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * H2 has neither ON CONFLICT nor advisory locks: a batch locks its agent's row first, so batches of one
 * agent take turns and each sees everything committed before it. H2 serves development and demos, where
 * that is enough.
 */
final class H2EventSql extends EventSql {

    private static final String LOCK_AGENT = "SELECT id FROM agent WHERE id = ? FOR UPDATE";

    private static final String SELECT_STORED = "SELECT event_id FROM usage_event WHERE agent_id = ? AND event_id = ANY(?)";

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
                   FROM UNNEST(CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY),
                               CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY),
                               CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS BIGINT ARRAY)) AS r(%1$s)) c
            ON t.agent_id = c.agent_id AND t.grain_ms = c.grain_ms AND t.start_at = c.start_at
            WHEN MATCHED THEN UPDATE SET
                messages = t.messages + c.messages,
                unhandled = t.unhandled + c.unhandled,
                ambiguous = t.ambiguous + c.ambiguous,
                mismatched = t.mismatched + c.mismatched,
                interventions = t.interventions + c.interventions,
                session_firsts = t.session_firsts + c.session_firsts,
                session_lasts = t.session_lasts + c.session_lasts
            WHEN NOT MATCHED THEN INSERT (agent_id, %1$s)
                VALUES (c.agent_id, c.grain_ms, c.start_at, c.messages, c.unhandled, c.ambiguous, c.mismatched,
                        c.interventions, c.session_firsts, c.session_lasts)""".formatted(ROLLUP_COLUMNS);

    H2EventSql() {
        super(UPSERT_SESSIONS, UPSERT_ROLLUPS);
    }

    @Override
    Set<String> insertNew(Connection connection, long agentId, EventColumns events) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_AGENT)) {
            lock.setLong(1, agentId);
            lock.executeQuery().close();
        }
        Set<String> stored = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_STORED)) {
            select.setLong(1, agentId);
            select.setArray(2, texts(connection, events.ids()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
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

    /** The agent's row is locked already. */
    @Override
    void lockSessions(Connection connection, long agentId, Collection<String> sessions) {
    }
}
