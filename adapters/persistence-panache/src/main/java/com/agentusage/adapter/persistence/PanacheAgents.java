package com.agentusage.adapter.persistence;

import com.agentusage.application.port.out.Agents;
import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PanacheAgents implements Agents {

    private final AgentRepository repository;

    PanacheAgents(AgentRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean add(Agent agent) {
        if (repository.findById(agent.id().value()) != null) {
            return false;
        }
        repository.persist(AgentEntity.from(agent));
        return true;
    }

    /** By primary key: every request asks, and a lookup by id skips query translation. */
    @Override
    public boolean exists(AgentId id) {
        return repository.findById(id.value()) != null;
    }
}
