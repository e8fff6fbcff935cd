package com.agentusage.domain.event;

import java.time.Instant;
import java.util.Objects;

/** A live agent took over a session. */
public record Intervention(EventId id, SessionId session, Instant at) implements AgentEvent {

    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        EventTimes.requireMillisecond(at);
    }
}
