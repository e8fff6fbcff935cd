package com.agentusage.application.port.out;

import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AgentAccess;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.access.UserId;
import java.util.List;
import java.util.Optional;

/** Who may do what with which agent: at most one level per user and agent. */
public interface Permissions {

    /** Sets the user's level on the agent, replacing any it had. */
    void grant(AgentId agent, UserId user, AccessLevel level);

    /** Removes the user's level on the agent; false when it had none. */
    boolean revoke(AgentId agent, UserId user);

    Optional<AccessLevel> levelOf(AgentId agent, UserId user);

    /** Every agent the user has a level on, with that level, in the order of the agents' ids. */
    List<AgentAccess> grantedTo(UserId user);
}
