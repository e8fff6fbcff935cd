package com.agentusage.domain.period;

import java.util.Objects;

/**
 * One window of a usage report: the boundaries the contract reports, and the range of instants
 * whose events it counts. The two differ by design; see docs/adr/0002-counting-rule.md.
 */
public record StatsWindow(EpochSeconds start, EpochSeconds end, TimeRange counted) {

    public StatsWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(counted, "counted");
        if (end.value() < start.value()) {
            throw new IllegalArgumentException("window ends before it starts: " + start + ".." + end);
        }
    }
}
