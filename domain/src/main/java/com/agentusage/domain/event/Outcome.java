package com.agentusage.domain.event;

/** How the agent answered a message. */
public enum Outcome {
    SUCCESSFUL,
    UNHANDLED,
    AMBIGUOUS
}
