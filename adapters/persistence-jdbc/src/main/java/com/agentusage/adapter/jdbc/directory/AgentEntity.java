package com.agentusage.adapter.jdbc.directory;

import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "agent")
class AgentEntity extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(length = 200)
    public String name;

    static AgentEntity from(Agent agent) {
        AgentEntity entity = new AgentEntity();
        entity.id = agent.id().value();
        entity.name = agent.name();
        return entity;
    }

    Agent toAgent() {
        return new Agent(AgentId.of(id), name);
    }
}
