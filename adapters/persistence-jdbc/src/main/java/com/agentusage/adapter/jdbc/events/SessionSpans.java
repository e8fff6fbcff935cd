package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.events.SessionSpan.Gap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Each session's {@link SessionSpan}: its first and last message in usage_session, its long gaps in
 * usage_session_gap. Kept in step with newly stored messages, in whatever order they arrive; the moves of
 * first and last messages go into the rollups' session_firsts and session_lasts. The caller holds the
 * sessions' locks.
 */
final class SessionSpans {

    /** Both completed with the database's lookup by an array of sessions ({@link EventSql#agentRowsWithKeys}). */
    private static final String SELECT_SPANS = "SELECT t.session_id, t.first_at, t.last_at %s";
    private static final String SELECT_GAPS = "SELECT t.session_id, t.after_at, t.before_at %s ORDER BY t.session_id, t.after_at";
    private static final String DELETE_GAP = "DELETE FROM usage_session_gap "
            + "WHERE agent_id = ? AND session_id = ? AND after_at = ? AND before_at = ?";
    private static final String INSERT_GAP =
            "INSERT INTO usage_session_gap (agent_id, session_id, after_at, before_at) VALUES (?, ?, ?, ?)";

    private SessionSpans() {
    }

    /** Adds new messages (their times by session, sessions in order) to the stored spans. */
    static void record(Connection connection, EventSql sql, long agentId, SortedMap<String, List<Long>> newMessages,
                       RollupChanges rollups) throws SQLException {
        Map<String, SessionSpan> stored = load(connection, sql, agentId, newMessages);
        List<String> changedSessions = new ArrayList<>();
        List<Long> firsts = new ArrayList<>();
        List<Long> lasts = new ArrayList<>();
        Map<String, List<Gap>> removedGaps = new HashMap<>();
        Map<String, List<Gap>> addedGaps = new HashMap<>();
        newMessages.forEach((session, times) -> {
            SessionSpan before = stored.get(session);
            SessionSpan after = extended(before, times);
            if (before == null || before.firstMillis() != after.firstMillis() || before.lastMillis() != after.lastMillis()) {
                changedSessions.add(session);
                firsts.add(after.firstMillis());
                lasts.add(after.lastMillis());
                move(rollups, RollupCounter.SESSION_FIRSTS, before == null ? null : before.firstMillis(), after.firstMillis());
                move(rollups, RollupCounter.SESSION_LASTS, before == null ? null : before.lastMillis(), after.lastMillis());
            }
            List<Gap> beforeGaps = before == null ? List.of() : before.longGaps();
            removedGaps.put(session, beforeGaps.stream().filter(gap -> !after.longGaps().contains(gap)).toList());
            addedGaps.put(session, after.longGaps().stream().filter(gap -> !beforeGaps.contains(gap)).toList());
        });
        if (!changedSessions.isEmpty()) {
            sql.upsertSessions(connection, agentId, changedSessions.toArray(String[]::new), firsts.toArray(Long[]::new),
                    lasts.toArray(Long[]::new));
        }
        writeGaps(connection, agentId, DELETE_GAP, removedGaps);
        writeGaps(connection, agentId, INSERT_GAP, addedGaps);
    }

    private static SessionSpan extended(SessionSpan stored, List<Long> times) {
        SessionSpan span = stored == null ? SessionSpan.startedAt(times.getFirst()) : stored;
        for (long time : times) {
            span = span.withMessageAt(time);
        }
        return span;
    }

    private static void move(RollupChanges rollups, RollupCounter counter, Long from, long to) {
        if (from != null && from == to) {
            return;
        }
        if (from != null) {
            rollups.add(from, counter, -1);
        }
        rollups.add(to, counter, 1);
    }

    /**
     * The stored spans of the sessions. Long gaps are read only for sessions that get a message inside their
     * span, the only messages that can split one; elsewhere they are left out and stay as stored.
     */
    private static Map<String, SessionSpan> load(Connection connection, EventSql sql, long agentId,
                                                 SortedMap<String, List<Long>> newMessages)
            throws SQLException {
        Map<String, SessionSpan> spans = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                SELECT_SPANS.formatted(sql.agentRowsWithKeys("usage_session", "session_id")))) {
            select.setArray(1, EventSql.texts(connection, newMessages.keySet().toArray()));
            select.setLong(2, agentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    spans.put(rows.getString(1), new SessionSpan(rows.getLong(2), rows.getLong(3), List.of()));
                }
            }
        }
        Set<String> inside = new HashSet<>();
        spans.forEach((session, span) -> {
            if (newMessages.get(session).stream().anyMatch(t -> t > span.firstMillis() && t < span.lastMillis())) {
                inside.add(session);
            }
        });
        if (!inside.isEmpty()) {
            loadGaps(connection, sql, agentId, inside).forEach((session, gaps) -> {
                SessionSpan span = spans.get(session);
                spans.put(session, new SessionSpan(span.firstMillis(), span.lastMillis(), gaps));
            });
        }
        return spans;
    }

    private static Map<String, List<Gap>> loadGaps(Connection connection, EventSql sql, long agentId,
                                                  Collection<String> sessions)
            throws SQLException {
        Map<String, List<Gap>> gaps = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                SELECT_GAPS.formatted(sql.agentRowsWithKeys("usage_session_gap", "session_id")))) {
            select.setArray(1, EventSql.texts(connection, sessions.toArray()));
            select.setLong(2, agentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    gaps.computeIfAbsent(rows.getString(1), session -> new ArrayList<>())
                            .add(new Gap(rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return gaps;
    }

    /** Deletes or inserts gaps, one JDBC batch for all. Long gaps are rare, so these batches are mostly empty. */
    private static void writeGaps(Connection connection, long agentId, String sql, Map<String, List<Gap>> gaps)
            throws SQLException {
        if (gaps.values().stream().allMatch(List::isEmpty)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<String, List<Gap>> entry : gaps.entrySet()) {
                for (Gap gap : entry.getValue()) {
                    statement.setLong(1, agentId);
                    statement.setString(2, entry.getKey());
                    statement.setLong(3, gap.afterMillis());
                    statement.setLong(4, gap.beforeMillis());
                    statement.addBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
