package com.agentusage.adapter.persistence;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reports already computed, filed under the agent's usage revision (ADR 0012). Every write that stores an
 * event moves the revision in its own transaction, so an entry is exact for as long as it can be found,
 * whichever instance wrote since: a reader that sees a newer revision looks up a new key. Entries of old
 * revisions are never read again and leave as the least recently used.
 */
final class ReportCache {

    private static final String REVISION = "SELECT usage_revision FROM agent WHERE id = ?";
    private static final String NEXT_REVISION = "UPDATE agent SET usage_revision = usage_revision + 1 WHERE id = ?";

    private record Key(long agentId, long revision, ReportingPeriod period) {
    }

    /** Computes a report when the cache does not have it. */
    interface Computation {
        PeriodCounts compute() throws SQLException;
    }

    private final Cache<Key, PeriodCounts> reports;

    ReportCache(long maximumReports) {
        this.reports = Caffeine.newBuilder().maximumSize(maximumReports).build();
    }

    /** The report of the agent's current revision, computed at most once per revision and period. */
    PeriodCounts report(Connection connection, long agentId, ReportingPeriod period, Computation computation)
            throws SQLException {
        // Read before the report: a write committed in between gives a newer report under the older key, never
        // an older report under the newer key.
        Key key = new Key(agentId, revision(connection, agentId), period);
        PeriodCounts cached = reports.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        PeriodCounts computed = computation.compute();
        reports.put(key, computed);
        return computed;
    }

    /**
     * Moves the agent's revision; called last in a write's transaction. The row stays locked until the
     * commit, so concurrent writes of one agent commit in turn, and nothing is locked after it.
     */
    static void nextRevision(Connection connection, long agentId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(NEXT_REVISION)) {
            update.setLong(1, agentId);
            update.executeUpdate();
        }
    }

    private static long revision(Connection connection, long agentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(REVISION)) {
            select.setLong(1, agentId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }
}
