package com.agentusage.adapter.persistence;

import com.agentusage.application.port.out.Permissions;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class PanachePermissions implements Permissions {

    private final PermissionRepository repository;

    PanachePermissions(PermissionRepository repository) {
        this.repository = repository;
    }

    @Override
    public void grant(AgentId agent, UserId user, AccessLevel level) {
        PermissionEntity entity = repository.findById(key(agent, user));
        if (entity != null) {
            entity.level = level.name();
            return;
        }
        entity = new PermissionEntity();
        entity.agentId = agent.value();
        entity.userId = user.value();
        entity.level = level.name();
        repository.persist(entity);
    }

    @Override
    public boolean revoke(AgentId agent, UserId user) {
        return repository.deleteById(key(agent, user));
    }

    @Override
    public Optional<AccessLevel> levelOf(AgentId agent, UserId user) {
        return repository.findByIdOptional(key(agent, user)).map(entity -> AccessLevel.valueOf(entity.level));
    }

    private static PermissionEntity.Key key(AgentId agent, UserId user) {
        return new PermissionEntity.Key(agent.value(), user.value());
    }
}
