package com.agentusage.adapter.jdbc.directory;

import com.agentusage.adapter.jdbc.JdbcStorage;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.adapter.jdbc.coherence.Remembered;
import com.agentusage.adapter.jdbc.coherence.StoreChange;
import com.agentusage.application.port.out.Agents;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue = JdbcStorage.NAME, lookupIfMissing = true)
public class PanacheAgents implements Agents {

    private final AgentRepository repository;
    private final ChangeFeed changes;
    private final Remembered<Long, Boolean> existing;

    PanacheAgents(AgentRepository repository, ChangeFeed changes) {
        this.repository = repository;
        this.changes = changes;
        this.existing = Remembered.accessAnswers(changes);
    }

    @Override
    public boolean add(Agent agent) {
        if (repository.findById(agent.id().value()) != null) {
            return false;
        }
        repository.persist(AgentEntity.from(agent));
        changes.publish(new StoreChange.AccessChanged());
        return true;
    }

    /** Every request asks: remembered (ADR 0013), else by primary key, which skips query translation. */
    @Override
    public boolean exists(AgentId id) {
        return existing.get(id.value(), agent -> repository.findById(agent) != null);
    }
}
