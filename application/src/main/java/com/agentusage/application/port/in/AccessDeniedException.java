package com.agentusage.application.port.in;

/** The caller may view the agent but not do this with it. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String action) {
        super("This Access-Token may view the agent but not " + action);
    }
}
