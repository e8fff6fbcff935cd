package com.agentusage.domain.event;

import java.time.Instant;

/** Something that happened in one of an agent's sessions, at a millisecond. */
public sealed interface AgentEvent permits Message, Intervention {

    EventId id();

    SessionId session();

    Instant at();

    default long epochMillis() {
        return at().toEpochMilli();
    }
}
