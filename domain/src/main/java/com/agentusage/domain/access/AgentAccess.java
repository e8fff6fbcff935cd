package com.agentusage.domain.access;

import java.util.Objects;

/** An agent together with the level of access one user has on it. */
public record AgentAccess(Agent agent, AccessLevel level) {

    public AgentAccess {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(level, "level");
    }
}
