package com.agentusage.domain.access;

import com.agentusage.domain.InvalidParameterException;

/** An agent's identifier, the integer in the contract's path. */
public record AgentId(long value) {

    public AgentId {
        if (value <= 0) {
            throw new InvalidParameterException("agent_id", "agent_id must be a positive integer");
        }
    }

    public static AgentId of(long value) {
        return new AgentId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
