package com.agentusage.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What differs between the databases this adapter supports: the idempotent batch insert. Both take the
 * whole batch as arrays in one statement, so a batch costs one round trip whatever its size.
 */
enum EventSql {

    /** ON CONFLICT DO NOTHING settles concurrent inserts of the same event without locks. */
    POSTGRESQL("""
            INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind)
            SELECT ?, e.event_id, e.occurred_at, e.session_id, e.kind
            FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::smallint[]) AS e(event_id, occurred_at, session_id, kind)
            ON CONFLICT DO NOTHING""", "SET LOCAL jit = off", "varchar", "bigint", "smallint"),

    /**
     * H2 has no ON CONFLICT; the agent's row is locked first, so concurrent batches of one agent take
     * turns and NOT EXISTS sees every event committed before.
     */
    H2("""
            INSERT INTO usage_event (agent_id, event_id, occurred_at, session_id, kind)
            SELECT ?, e.event_id, e.occurred_at, e.session_id, e.kind
            FROM UNNEST(CAST(? AS VARCHAR(128) ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR(128) ARRAY),
                        CAST(? AS SMALLINT ARRAY)) AS e(event_id, occurred_at, session_id, kind)
            WHERE NOT EXISTS (SELECT 1 FROM usage_event t WHERE t.agent_id = ? AND t.event_id = e.event_id)""",
            null, "VARCHAR", "BIGINT", "SMALLINT");

    private static final String LOCK_AGENT = "SELECT id FROM agent WHERE id = ? FOR UPDATE";

    private final String insert;
    private final String beforeCounting;
    private final String textType;
    private final String bigintType;
    private final String smallintType;

    EventSql(String insert, String beforeCounting, String textType, String bigintType, String smallintType) {
        this.insert = insert;
        this.beforeCounting = beforeCounting;
        this.textType = textType;
        this.bigintType = bigintType;
        this.smallintType = smallintType;
    }

    static EventSql forDbKind(String dbKind) {
        return switch (dbKind.toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pgsql", "pg" -> POSTGRESQL;
            case "h2" -> H2;
            default -> throw new IllegalStateException("persistence-panache supports h2 and postgresql, not " + dbKind);
        };
    }

    /** Inserts the events not stored yet (ids must be distinct) and returns how many were inserted. */
    int insertNew(Connection connection, long agentId, EventColumns events) throws SQLException {
        if (this == H2) {
            try (PreparedStatement lock = connection.prepareStatement(LOCK_AGENT)) {
                lock.setLong(1, agentId);
                lock.executeQuery().close();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setLong(1, agentId);
            statement.setArray(2, connection.createArrayOf(textType, events.ids()));
            statement.setArray(3, connection.createArrayOf(bigintType, events.times()));
            statement.setArray(4, connection.createArrayOf(textType, events.sessions()));
            statement.setArray(5, connection.createArrayOf(smallintType, events.kinds()));
            if (this == H2) {
                statement.setLong(6, agentId);
            }
            return statement.executeUpdate();
        }
    }

    /** Prepares the connection for the report query; PostgreSQL's JIT costs more than it saves on it. */
    void prepareCounting(Connection connection) throws SQLException {
        if (beforeCounting != null) {
            try (var statement = connection.createStatement()) {
                statement.execute(beforeCounting);
            }
        }
    }
}
