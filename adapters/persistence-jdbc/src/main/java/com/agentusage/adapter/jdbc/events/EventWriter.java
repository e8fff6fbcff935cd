package com.agentusage.adapter.jdbc.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Stores a batch's new events and, in the same transaction, brings the session spans and the rollups up to
 * date with exactly those events: a duplicate changes nothing anywhere.
 */
final class EventWriter {

    private final EventSql sql;

    EventWriter(EventSql sql) {
        this.sql = sql;
    }

    /** Writes the events (distinct ids, in order) the agent does not have yet; answers how many those were. */
    int write(Connection connection, long agentId, EventColumns events) throws SQLException {
        Set<String> inserted = sql.insertNew(connection, agentId, events);
        if (inserted.isEmpty()) {
            return 0;
        }
        RollupChanges rollups = new RollupChanges();
        SortedMap<String, List<Long>> newMessages = new TreeMap<>();
        for (int i = 0; i < events.size(); i++) {
            if (inserted.contains(events.ids()[i])) {
                rollups.addEvent(events.times()[i], events.kinds()[i]);
                if (RollupCounter.MESSAGES.counts(events.kinds()[i])) {
                    newMessages.computeIfAbsent(events.sessions()[i], session -> new ArrayList<>()).add(events.times()[i]);
                }
            }
        }
        if (!newMessages.isEmpty()) {
            sql.lockSessions(connection, agentId, newMessages.keySet());
            SessionSpans.record(connection, sql, agentId, newMessages, rollups);
        }
        sql.upsertRollups(connection, agentId, rollups.columns());
        UsageRevision.next(connection, agentId);
        return inserted.size();
    }
}
