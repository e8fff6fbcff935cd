package com.agentusage.application.port.in;

import com.agentusage.domain.access.Agent;
import com.agentusage.domain.access.AgentId;
import java.util.Objects;

public record RegisterAgentCommand(Agent agent) {

    public RegisterAgentCommand(AgentId id, String name) {
        this(new Agent(id, name));
    }

    public RegisterAgentCommand {
        Objects.requireNonNull(agent, "agent");
    }
}
