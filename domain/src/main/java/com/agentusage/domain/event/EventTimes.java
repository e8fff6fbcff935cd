package com.agentusage.domain.event;

import java.time.Instant;
import java.util.Objects;

/** Events are kept to the millisecond: a finer instant would count differently in memory and in a database. */
final class EventTimes {

    private EventTimes() {
    }

    static Instant requireMillisecond(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("event times are kept to the millisecond, got " + at);
        }
        return at;
    }
}
