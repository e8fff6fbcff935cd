package com.agentusage.domain.access;

import java.util.Objects;

/** A conversational agent whose usage this service reports. */
public record Agent(AgentId id, String name) {

    public static final int MAX_NAME_LENGTH = 200;

    public Agent {
        Objects.requireNonNull(id, "id");
        name = Names.requireValid(name, MAX_NAME_LENGTH);
    }
}
