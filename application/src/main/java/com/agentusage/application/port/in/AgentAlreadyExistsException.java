package com.agentusage.application.port.in;

import com.agentusage.domain.access.AgentId;

public class AgentAlreadyExistsException extends RuntimeException {

    public AgentAlreadyExistsException(AgentId id) {
        super("Agent " + id + " already exists");
    }
}
