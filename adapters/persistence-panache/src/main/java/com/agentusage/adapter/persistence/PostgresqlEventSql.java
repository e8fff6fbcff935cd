package com.agentusage.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
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
            SELECT ?, r.* FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
                                      ?::bigint[], ?::bigint[], ?::bigint[]) AS r(%1$s)
            ON CONFLICT (agent_id, grain_ms, start_at) DO UPDATE SET
                messages = usage_rollup.messages + EXCLUDED.messages,
                unhandled = usage_rollup.unhandled + EXCLUDED.unhandled,
                ambiguous = usage_rollup.ambiguous + EXCLUDED.ambiguous,
                mismatched = usage_rollup.mismatched + EXCLUDED.mismatched,
                interventions = usage_rollup.interventions + EXCLUDED.interventions,
                session_firsts = usage_rollup.session_firsts + EXCLUDED.session_firsts,
                session_lasts = usage_rollup.session_lasts + EXCLUDED.session_lasts""".formatted(ROLLUP_COLUMNS);

    PostgresqlEventSql() {
        super(UPSERT_SESSIONS, UPSERT_ROLLUPS);
    }

    @Override
    Set<String> insertNew(Connection connection, long agentId, EventColumns events) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_NEW)) {
            bindEvents(statement, connection, agentId, events);
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        }
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

    /**
     * The report joins a few dozen slices to index ranges. PostgreSQL must plan it for the slices at hand:
     * a cached generic plan guesses ten slices and scans the agent's whole rollup for each (measured: 1.3 s
     * instead of 3 ms on 3 million events), and it cannot estimate ranges bound by another table's columns,
     * so it would hash-join whole tables. Nested loops over the indexes are what this query needs, and JIT
     * costs more than it saves.
     */
    @Override
    void prepareCounting(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL jit = off; "
                    + "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");
        }
    }
}
