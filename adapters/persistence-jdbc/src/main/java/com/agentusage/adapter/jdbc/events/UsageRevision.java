package com.agentusage.adapter.jdbc.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An agent's usage revision (ADR 0012): a number that moves in every transaction that stores one of its
 * events, so that a report computed at one revision stays exact until it moves.
 */
final class UsageRevision {

    private static final String CURRENT = "SELECT usage_revision FROM agent WHERE id = ?";
    private static final String NEXT = "UPDATE agent SET usage_revision = usage_revision + 1 WHERE id = ?";
    private static final String NEXT_FOR_ALL = "UPDATE agent SET usage_revision = usage_revision + 1";

    private UsageRevision() {
    }

    static long current(Connection connection, long agentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
            select.setLong(1, agentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /**
     * Moves the revision; called last in a write's transaction. The row stays locked until the commit, so
     * concurrent writes of one agent commit in turn, and nothing is locked after it.
     */
    static void next(Connection connection, long agentId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(NEXT)) {
            update.setLong(1, agentId);
            update.executeUpdate();
        }
    }

    /** Moves every agent's revision, after the usage tables were derived again. */
    static void nextForAll(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(NEXT_FOR_ALL)) {
            update.executeUpdate();
        }
    }
}
