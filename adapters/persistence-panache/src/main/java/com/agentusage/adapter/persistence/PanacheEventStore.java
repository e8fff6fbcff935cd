package com.agentusage.adapter.persistence;

import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Events in the usage_event table, written and counted with SQL of its own: an idempotent insert of a whole
 * batch in one statement, and one statement for every window of a report. No entity is loaded for either.
 */
@ApplicationScoped
public class PanacheEventStore implements EventStore, UsageCounts {

    private final EventSql sql;

    PanacheEventStore(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.sql = EventSql.forDbKind(dbKind);
    }

    @Override
    public AppendOutcome append(AgentId agent, EventBatch batch) {
        // The first event with an id wins, within the batch as against the table.
        Map<EventId, AgentEvent> firstById = new LinkedHashMap<>();
        batch.events().forEach(event -> firstById.putIfAbsent(event.id(), event));
        EventColumns columns = EventColumns.of(new ArrayList<>(firstById.values()));
        int stored = session().doReturningWork(connection -> sql.insertNew(connection, agent.value(), columns));
        return new AppendOutcome(stored, batch.size() - stored);
    }

    @Override
    public PeriodCounts countsFor(AgentId agent, ReportingPeriod period) {
        return session().doReturningWork(connection -> {
            sql.prepareCounting(connection);
            return UsageQuerySql.count(connection, agent.value(), period);
        });
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
