package com.agentusage.domain.access;

/** What a user may do with an agent; each level includes the ones before it. */
public enum AccessLevel {
    /** Read the agent's usage. */
    VIEW,
    /** Also send the agent's events. */
    EDIT,
    /** Everything; kept distinct because the platform this contract comes from distinguishes it. */
    OWNER;

    public static final AccessLevel TO_READ_USAGE = VIEW;
    public static final AccessLevel TO_RECORD_EVENTS = EDIT;

    public boolean allows(AccessLevel required) {
        return compareTo(required) >= 0;
    }
}
