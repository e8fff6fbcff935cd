package com.agentusage.adapter.jdbc.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AgentRepository implements PanacheRepositoryBase<AgentEntity, Long> {
}
