package com.agentusage.adapter.jdbc.events;

import com.agentusage.adapter.jdbc.CurrentConnection;
import com.agentusage.adapter.jdbc.DatabaseKind;
import com.agentusage.adapter.jdbc.JdbcStorage;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.adapter.jdbc.coherence.ReportCache;
import com.agentusage.adapter.jdbc.coherence.StoreChange;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Events in the usage_event table, with per-session spans and per-minute, hour and day rollups kept in step
 * on every write, so that a report reads rollups and a few minutes of events instead of every event of its
 * windows (ADR 0011). Written and read with SQL of its own, a few statements per batch or report whatever
 * their size; no entity is loaded for either.
 */
@ApplicationScoped
@LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue = JdbcStorage.NAME, lookupIfMissing = true)
public class JdbcEventStore implements EventStore, UsageCounts {

    private final EventSql sql;
    private final EventWriter writer;
    private final ReportCache reports;
    private final ChangeFeed changes;

    public JdbcEventStore(DatabaseKind database,
                          @ConfigProperty(name = "usage.report-cache.maximum-reports", defaultValue = "10000") long maximumReports,
                          ChangeFeed changes) {
        this.sql = EventSql.of(database);
        this.writer = new EventWriter(sql);
        this.reports = new ReportCache(maximumReports, changes,
                agent -> CurrentConnection.returning(connection -> UsageRevision.current(connection, agent)));
        this.changes = changes;
    }

    @Override
    public AppendOutcome append(AgentId agent, EventBatch batch) {
        // The first event with an id wins, within the batch as against the table. Ids go in order, so that
        // concurrent batches sharing ids meet them in the same order.
        Map<String, AgentEvent> firstById = new TreeMap<>();
        batch.events().forEach(event -> firstById.putIfAbsent(event.id().value(), event));
        EventColumns columns = EventColumns.of(new ArrayList<>(firstById.values()));
        int stored = CurrentConnection.returning(connection -> writer.write(connection, agent.value(), columns));
        if (stored > 0) {
            changes.publish(new StoreChange.EventsStored(agent.value()));
        }
        return new AppendOutcome(stored, batch.size() - stored);
    }

    @Override
    public PeriodCounts countsFor(AgentId agent, ReportingPeriod period) {
        return reports.report(agent.value(), period, () -> CurrentConnection.returning(connection -> {
            sql.prepareCounting(connection);
            return RollupQuery.count(connection, sql, agent.value(), period);
        }));
    }
}
