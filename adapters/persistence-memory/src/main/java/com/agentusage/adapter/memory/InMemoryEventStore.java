package com.agentusage.adapter.memory;

import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.EventBatch;
import com.agentusage.domain.event.EventId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageTally;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Events in a map per agent, counted by the domain's own tally: the reference the database adapters match. */
@Singleton
@LookupIfProperty(name = MemoryStorage.SELECTED_BY, stringValue = MemoryStorage.NAME)
public final class InMemoryEventStore implements EventStore, UsageCounts {

    private final Map<AgentId, Map<EventId, AgentEvent>> eventsByAgent = new HashMap<>();

    @Override
    public synchronized AppendOutcome append(AgentId agent, EventBatch batch) {
        Map<EventId, AgentEvent> events = eventsByAgent.computeIfAbsent(agent, id -> new HashMap<>());
        int stored = 0;
        for (AgentEvent event : batch.events()) {
            if (events.putIfAbsent(event.id(), event) == null) {
                stored++;
            }
        }
        return new AppendOutcome(stored, batch.size() - stored);
    }

    @Override
    public PeriodCounts countsFor(AgentId agent, ReportingPeriod period) {
        return UsageTally.count(period, eventsOf(agent));
    }

    private synchronized List<AgentEvent> eventsOf(AgentId agent) {
        return List.copyOf(eventsByAgent.getOrDefault(agent, Map.of()).values());
    }
}
