package com.agentusage.adapter.jdbc.coherence;

import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reports already computed, filed under the agent's usage revision (ADR 0012). Every write that stores an
 * event moves the revision in its own transaction, so an entry is exact for as long as it is found: a reader
 * that knows of a newer revision looks up a new key. The revision itself is remembered until the change feed
 * says it moved (ADR 0013), so a report found here costs no database access at all. Entries of old revisions
 * are never read again and leave as the least recently used.
 */
public final class ReportCache {

    private record Key(long agentId, long revision, ReportingPeriod period) {
    }

    private final Cache<Key, PeriodCounts> reports;
    private final Remembered<Long, Long> revisions;
    private final Function<Long, Long> currentRevision;

    /** @param currentRevision reads an agent's usage revision from the database */
    public ReportCache(long maximumReports, ChangeFeed feed, Function<Long, Long> currentRevision) {
        this.reports = Caffeine.newBuilder().maximumSize(maximumReports).build();
        this.revisions = Remembered.perAgentEvents(feed);
        this.currentRevision = currentRevision;
    }

    /** The report of the agent's current revision, computed at most once per revision and period. */
    public PeriodCounts report(long agentId, ReportingPeriod period, Supplier<PeriodCounts> computation) {
        // The revision is known before the report is computed: a write committed in between gives a newer
        // report under the older key, never an older report under the newer key.
        long revision = revisions.get(agentId, currentRevision);
        Key key = new Key(agentId, revision, period);
        PeriodCounts cached = reports.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        PeriodCounts computed = computation.get();
        reports.put(key, computed);
        return computed;
    }
}
