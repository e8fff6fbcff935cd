package com.agentusage.domain.event;

/** The sender's identifier of an event; unique per agent, which is what makes ingestion idempotent. */
public record EventId(String value) {

    public static final int MAX_LENGTH = 128;

    public EventId {
        Identifiers.requireValid("id", value, MAX_LENGTH);
    }

    public static EventId of(String value) {
        return new EventId(value);
    }
}
