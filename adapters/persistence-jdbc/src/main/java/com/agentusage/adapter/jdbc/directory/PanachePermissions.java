package com.agentusage.adapter.jdbc.directory;

import com.agentusage.adapter.jdbc.JdbcStorage;
import com.agentusage.adapter.jdbc.coherence.ChangeFeed;
import com.agentusage.adapter.jdbc.coherence.Remembered;
import com.agentusage.adapter.jdbc.coherence.StoreChange;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@LookupIfProperty(name = JdbcStorage.SELECTED_BY, stringValue = JdbcStorage.NAME, lookupIfMissing = true)
public class PanachePermissions implements Permissions {

    private final PermissionRepository repository;
    private final ChangeFeed changes;
    private final Remembered<PermissionEntity.Key, Optional<AccessLevel>> levels;

    PanachePermissions(PermissionRepository repository, ChangeFeed changes) {
        this.repository = repository;
        this.changes = changes;
        this.levels = Remembered.accessAnswers(changes);
    }

    @Override
    public void grant(AgentId agent, UserId user, AccessLevel level) {
        PermissionEntity entity = repository.findById(key(agent, user));
        if (entity != null) {
            entity.level = level.name();
        } else {
            entity = new PermissionEntity();
            entity.agentId = agent.value();
            entity.userId = user.value();
            entity.level = level.name();
            repository.persist(entity);
        }
        changes.publish(new StoreChange.AccessChanged());
    }

    @Override
    public boolean revoke(AgentId agent, UserId user) {
        boolean revoked = repository.deleteById(key(agent, user));
        if (revoked) {
            changes.publish(new StoreChange.AccessChanged());
        }
        return revoked;
    }

    /** Every request asks: remembered (ADR 0013), else by primary key. */
    @Override
    public Optional<AccessLevel> levelOf(AgentId agent, UserId user) {
        return levels.get(key(agent, user),
                key -> repository.findByIdOptional(key).map(entity -> AccessLevel.valueOf(entity.level)));
    }

    /**
     * Asked when a page or client lists its agents, not on every request, so it is not remembered: one query
     * joins the user's permissions to their agents.
     */
    @Override
    public List<AgentAccess> grantedTo(UserId user) {
        return repository.getEntityManager().createQuery("""
                        select a, p.level from PermissionEntity p join AgentEntity a on a.id = p.agentId
                        where p.userId = :user order by a.id""", Object[].class)
                .setParameter("user", user.value())
                .getResultStream()
                .map(row -> new AgentAccess(((AgentEntity) row[0]).toAgent(), AccessLevel.valueOf((String) row[1])))
                .toList();
    }

    private static PermissionEntity.Key key(AgentId agent, UserId user) {
        return new PermissionEntity.Key(agent.value(), user.value());
    }
}
