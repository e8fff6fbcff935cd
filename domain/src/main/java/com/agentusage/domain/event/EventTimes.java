package com.agentusage.domain.event;

import com.agentusage.domain.InvalidParameterException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;

/** Events are kept to the millisecond: a finer instant would count differently in memory and in a database. */
public final class EventTimes {

    /** 9999-12-31T23:59:59Z: later timestamps are certainly mistakes, and bounding them keeps arithmetic cheap. */
    public static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(253_402_300_799L);

    private EventTimes() {
    }

    /**
     * Epoch seconds as senders give them, kept to the millisecond: a finer fraction is cut, not rounded, so an
     * event stays in the second it happened.
     */
    public static Instant fromEpochSeconds(BigDecimal seconds) {
        if (seconds == null || seconds.signum() < 0 || seconds.compareTo(LATEST_SECONDS) > 0) {
            throw new InvalidParameterException("timestamp", "timestamp must be between 0 and " + LATEST_SECONDS);
        }
        return Instant.ofEpochMilli(seconds.movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
    }

    static Instant requireMillisecond(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException("event times are kept to the millisecond, got " + at);
        }
        return at;
    }
}
