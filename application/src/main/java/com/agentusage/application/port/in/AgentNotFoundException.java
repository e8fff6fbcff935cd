package com.agentusage.application.port.in;

/**
 * The agent does not exist, or the caller may not see it: both read the same so that a caller cannot
 * learn which agents exist.
 */
public class AgentNotFoundException extends RuntimeException {

    public AgentNotFoundException() {
        super("Agent not found");
    }
}
