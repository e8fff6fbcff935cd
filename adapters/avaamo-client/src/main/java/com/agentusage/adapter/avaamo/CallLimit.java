package com.agentusage.adapter.avaamo;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * At most {@code limit} calls within any rolling window, kept as a log of the times of the calls made in the last
 * window: never more than {@code limit} entries. A refused attempt is not logged, so refusals never use the limit
 * up: under steady demand the upstream still gets every call it allows. (SmallRye Fault Tolerance's rolling
 * rate limit logs refused attempts too, and its clock cannot be driven by a test: ADR 0019.)
 */
final class CallLimit {

    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> calls;

    CallLimit(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must allow at least one call, got " + limit);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.calls = new ArrayDeque<>(limit);
    }

    /**
     * Logs a call at {@code now} (nanoseconds of a monotonic clock) and answers 0 when the limit allows it;
     * otherwise logs nothing and answers how many nanoseconds remain until it will.
     */
    synchronized long tryCall(long now) {
        // A call is forgotten once more than a window has passed: any closed window then holds at most the limit.
        while (!calls.isEmpty() && now - calls.peekFirst() > windowNanos) {
            calls.pollFirst();
        }
        if (calls.size() < limit) {
            calls.addLast(now);
            return 0;
        }
        return calls.peekFirst() + windowNanos + 1 - now;
    }
}
