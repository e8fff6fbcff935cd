package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.util.List;

/** A batch of events sent at once: stored whole or not at all, and never larger than this. */
public record EventBatch(List<AgentEvent> events) {

    public static final int MAX_EVENTS = 10_000;

    public EventBatch {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new InvalidParameterException("events", "events must hold at least one event");
        }
        if (events.size() > MAX_EVENTS) {
            throw new BatchTooLargeException(events.size());
        }
    }

    public static EventBatch of(List<? extends AgentEvent> events) {
        return new EventBatch(List.copyOf(events));
    }

    public int size() {
        return events.size();
    }
}
