package com.agentusage.domain.event;

/** The conversation an event belongs to; sessions are counted by distinct id. */
public record SessionId(String value) {

    public static final int MAX_LENGTH = 128;

    public SessionId {
        Identifiers.requireValid("session_id", value, MAX_LENGTH);
    }

    public static SessionId of(String value) {
        return new SessionId(value);
    }
}
