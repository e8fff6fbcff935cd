package com.agentusage.application.port.in;

import com.agentusage.domain.access.Agent;

/** Use case (administration): make an agent known to the service. */
public interface RegisterAgent {

    Agent register(RegisterAgentCommand command);
}
