package com.agentusage.application.service;

import com.agentusage.application.port.in.AccessDeniedException;
import com.agentusage.application.port.in.AgentNotFoundException;
import com.agentusage.application.port.in.NotAuthenticatedException;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.User;
import java.util.Objects;

/**
 * Decides whether a token may act on an agent. A caller with no access at all is told the agent does
 * not exist, exactly as for a missing agent, so existence does not leak; a caller who may view the agent
 * but needs more is told so.
 */
public final class AccessGuard {

    private final UserAccounts accounts;
    private final Agents agents;
    private final Permissions permissions;

    public AccessGuard(UserAccounts accounts, Agents agents, Permissions permissions) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.agents = Objects.requireNonNull(agents, "agents");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    /** The token's user: a token this service never issued, or has rotated away, is not authenticated. */
    public User authenticate(AccessToken token) {
        return accounts.findByToken(token.hash()).orElseThrow(NotAuthenticatedException::new);
    }

    public void requireAccess(AccessToken token, AgentId agent, AccessLevel required, String action) {
        User user = authenticate(token);
        if (!agents.exists(agent)) {
            throw new AgentNotFoundException();
        }
        AccessLevel level = permissions.levelOf(agent, user.id()).orElseThrow(AgentNotFoundException::new);
        if (!level.allows(required)) {
            throw new AccessDeniedException(action);
        }
    }
}
