package com.agentusage.application.service;

import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.ViewableAgentsQuery;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.User;
import java.util.List;
import java.util.Objects;

/**
 * Lists the agents whose usage the caller may read, from its permissions, in one unit of work. Every level
 * includes viewing, so each agent the caller has a level on is listed.
 */
public final class AgentListing implements ListViewableAgents {

    private final AccessGuard guard;
    private final Permissions permissions;
    private final UnitOfWork unitOfWork;

    public AgentListing(AccessGuard guard, Permissions permissions, Transactions transactions) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public List<AgentAccess> agents(ViewableAgentsQuery query) {
        return unitOfWork.call(() -> {
            User user = guard.authenticate(query.token());
            return permissions.grantedTo(user.id());
        });
    }
}
