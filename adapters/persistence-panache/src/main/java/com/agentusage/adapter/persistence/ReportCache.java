package com.agentusage.adapter.persistence;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Reports already computed, filed under the agent's usage revision (ADR 0012). Every write that stores an
 * event moves the revision in its own transaction, so an entry is exact for as long as it is found: a reader
 * that knows of a newer revision looks up a new key. The revision itself is remembered until the change feed
 * says it moved (ADR 0013), so a report found here costs no database access at all. Entries of old revisions
 * are never read again and leave as the least recently used.
 */
final class ReportCache {

    private static final String REVISION = "SELECT usage_revision FROM agent WHERE id = ?";
    private static final String NEXT_REVISION = "UPDATE agent SET usage_revision = usage_revision + 1 WHERE id = ?";

    private record Key(long agentId, long revision, ReportingPeriod period) {
    }

    private final Cache<Key, PeriodCounts> reports;
    private final Remembered<Long, Long> revisions;

    ReportCache(long maximumReports, ChangeFeed feed) {
        this.reports = Caffeine.newBuilder().maximumSize(maximumReports).build();
        this.revisions = feed.revisions();
    }

    /** The report of the agent's current revision, computed at most once per revision and period. */
    PeriodCounts report(long agentId, ReportingPeriod period, Supplier<PeriodCounts> computation) {
        // The revision is known before the report is computed: a write committed in between gives a newer
        // report under the older key, never an older report under the newer key.
        long revision = revisions.get(agentId, id -> CurrentConnection.returning(connection -> revision(connection, id)));
        Key key = new Key(agentId, revision, period);
        PeriodCounts cached = reports.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        PeriodCounts computed = computation.get();
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
