package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.DatabaseKind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What differs between the databases this adapter supports: how a batch's writes are made idempotent and
 * safe under concurrency. Every statement takes its rows as arrays, so a batch costs a few round trips
 * whatever its size. Everything else is SQL both databases read alike.
 */
abstract sealed class EventSql permits PostgresqlEventSql, H2EventSql {

    /** The counter columns of a usage_rollup row, in order. */
    static final String COUNTER_COLUMNS = Arrays.stream(RollupCounter.values()).map(RollupCounter::column)
            .collect(Collectors.joining(", "));

    /** Columns of a usage_rollup row after agent_id, in the order {@link RollupChanges#columns()} gives them. */
    static final String ROLLUP_COLUMNS = "grain_ms, start_at, " + COUNTER_COLUMNS;

    /** How many arrays a rollup upsert binds after the agent: one per column of {@link #ROLLUP_COLUMNS}. */
    static final int ROLLUP_ARRAYS = 2 + RollupCounter.values().length;

    /** The sums of a slice's rollup rows (usage_rollup aliased r), counter by counter. */
    static final String SUMS_OF_ROLLUPS = sumsOfCounters("r.");

    /** A zero for every counter, where a row of the report carries none. */
    static final String NO_COUNTS = Arrays.stream(RollupCounter.values()).map(counter -> "0")
            .collect(Collectors.joining(", "));

    /**
     * The counters of a rollup row, counted from the events of one slice (usage_event aliased e): each event
     * counter by the kinds it counts, then the sessions whose first or last message is one of these events.
     */
    static final String COUNTS_OF_EVENTS = Stream.concat(
            RollupCounter.EVENT_COUNTERS.stream().map(counter -> "COUNT(CASE WHEN " + counter.countsKindIn("e.kind") + " THEN 1 END)"),
            Stream.of("first_at", "last_at").map(end -> "COUNT(DISTINCT CASE WHEN " + RollupCounter.MESSAGES.countsKindIn("e.kind")
                    + " AND e.occurred_at = (SELECT u." + end + " FROM usage_session u"
                    + " WHERE u.agent_id = e.agent_id AND u.session_id = e.session_id) THEN e.session_id END)"))
            .collect(Collectors.joining(",\n       "));

    /** {@code SUM(messages), SUM(unhandled), ...}: every counter, each column name after {@code qualifier}. */
    static String sumsOfCounters(String qualifier) {
        return Arrays.stream(RollupCounter.values()).map(counter -> "SUM(" + qualifier + counter.column() + ")")
                .collect(Collectors.joining(", "));
    }

    /**
     * The SET list of a rollup upsert: each counter of the stored row ({@code stored}) plus the same counter of
     * the incoming change ({@code added}).
     */
    static String addedCounters(String stored, String added) {
        return Arrays.stream(RollupCounter.values()).map(RollupCounter::column)
                .map(column -> column + " = " + stored + "." + column + " + " + added + "." + column)
                .collect(Collectors.joining(",\n    "));
    }

    private final String upsertSessions;
    private final String upsertRollups;
    private final String reportQuery;

    EventSql(String upsertSessions, String upsertRollups, String reportQuery) {
        this.upsertSessions = upsertSessions;
        this.upsertRollups = upsertRollups;
        this.reportQuery = reportQuery;
    }

    static EventSql of(DatabaseKind database) {
        return switch (database) {
            case POSTGRESQL -> new PostgresqlEventSql();
            case H2 -> new H2EventSql();
        };
    }

    /**
     * Inserts the events the agent has not stored yet and answers their ids. Ids must be distinct and come
     * in order, so that concurrent batches meet on shared ids in the same order.
     */
    abstract Set<String> insertNew(Connection connection, long agentId, EventColumns events) throws SQLException;

    /**
     * FROM and WHERE of a lookup of an agent's rows in {@code table} (aliased t) by an array of string keys,
     * through the index that starts with (agent_id, key). Parameters: the array, then the agent.
     */
    abstract String agentRowsWithKeys(String table, String keyColumn);

    /** Makes concurrent batches touching the same sessions of the agent take turns, until the transaction ends. */
    abstract void lockSessions(Connection connection, long agentId, Collection<String> sessions) throws SQLException;

    /** Writes each session's first and last message, replacing what the row held. */
    final void upsertSessions(Connection connection, long agentId, String[] sessions, Long[] firsts, Long[] lasts)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(upsertSessions)) {
            statement.setLong(1, agentId);
            statement.setArray(2, texts(connection, sessions));
            statement.setArray(3, bigints(connection, firsts));
            statement.setArray(4, bigints(connection, lasts));
            statement.executeUpdate();
        }
    }

    /** Adds the changes to the rollup rows, creating the rows that do not exist yet. */
    final void upsertRollups(Connection connection, long agentId, Long[][] columns) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(upsertRollups)) {
            statement.setLong(1, agentId);
            for (int column = 0; column < columns.length; column++) {
                statement.setArray(2 + column, bigints(connection, columns[column]));
            }
            statement.executeUpdate();
        }
    }

    /**
     * The report's one statement ({@link RollupQuery}). Parameters: the rolled-up slices (segment, grain,
     * from, until arrays) and the agent; the event slices (segment, from, until) and the agent; the windows
     * (index, from, until) and the agent. Rows: kind (0 for a segment's sums, 1 for a window's spanning gaps),
     * segment or window, the seven counters of a rollup row, the spanning gaps.
     */
    final String reportQuery() {
        return reportQuery;
    }

    /** Prepares the connection for the report query; nothing to do unless a database needs it. */
    void prepareCounting(Connection connection) throws SQLException {
    }

    /** Binds the agent, then the events' columns, as both databases' inserts take them. */
    static void bindEvents(PreparedStatement statement, Connection connection, long agentId, EventColumns events)
            throws SQLException {
        statement.setLong(1, agentId);
        statement.setArray(2, texts(connection, events.ids()));
        statement.setArray(3, bigints(connection, events.times()));
        statement.setArray(4, texts(connection, events.sessions()));
        statement.setArray(5, connection.createArrayOf("smallint", events.kindCodes()));
    }

    /** The first column of every row, as strings. */
    static Set<String> firstColumn(PreparedStatement query) throws SQLException {
        Set<String> values = new HashSet<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static Array bigints(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("bigint", values);
    }

    static Array texts(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("varchar", values);
    }

}
