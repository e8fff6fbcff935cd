package com.agentusage.application.port.out;

import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;

/** The agents this service knows. */
public interface Agents {

    /** Adds the agent unless one with its id exists; says whether it was added. */
    boolean add(Agent agent);

    boolean exists(AgentId id);
}
