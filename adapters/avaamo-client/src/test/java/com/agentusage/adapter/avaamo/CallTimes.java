package com.agentusage.adapter.avaamo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

/** Checks on the times at which calls were made, in nanoseconds of one clock. */
final class CallTimes {

    private CallTimes() {
    }

    /** No window of the given length, both ends included, holds more than {@code limit} of the calls. */
    static void assertAtMostPerWindow(List<Long> times, int limit, Duration window) {
        List<Long> sorted = times.stream().sorted().toList();
        for (int first = 0; first < sorted.size(); first++) {
            long start = sorted.get(first);
            long inWindow = sorted.stream().filter(t -> t >= start && t - start <= window.toNanos()).count();
            assertThat(inWindow).as("calls within %s from the call at %d ns", window, start).isLessThanOrEqualTo(limit);
        }
    }
}
