package com.agentusage.domain.period;

/** The instants an event may have to be counted in a window: [fromMillis, untilMillis), epoch milliseconds. */
public record TimeRange(long fromMillis, long untilMillis) {

    public TimeRange {
        if (untilMillis < fromMillis) {
            throw new IllegalArgumentException("range ends before it starts: " + fromMillis + ".." + untilMillis);
        }
    }

    public boolean contains(long epochMillis) {
        return epochMillis >= fromMillis && epochMillis < untilMillis;
    }
}
