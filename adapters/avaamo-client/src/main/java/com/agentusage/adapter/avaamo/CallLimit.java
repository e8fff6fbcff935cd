package com.agentusage.adapter.avaamo;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * At most {@code limit} calls within any rolling window, as the upstream sees them. A call reaches the upstream at
 * some moment between its start and its end, so it holds its place from its start until a window has passed since
 * its end: calls delayed on their way (a connection pool, a queue at the upstream) cannot bunch up there. Kept as
 * the number of calls under way and the end times of those that ended within the last window, never more than
 * {@code limit} in all. A refused attempt holds no place, so refusals never use the limit up. (SmallRye Fault
 * Tolerance's rolling rate limit logs refused attempts too, and its clock cannot be driven by a test: ADR 0018.)
 */
final class CallLimit {

    private final int limit;
    private final long windowNanos;
    private final ArrayDeque<Long> ended;
    private int underWay;

    CallLimit(int limit, Duration window) {
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must allow at least one call, got " + limit);
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.ended = new ArrayDeque<>(limit);
    }

    /**
     * Starts a call at {@code now} (nanoseconds of a monotonic clock) and answers 0 when the limit allows it; the
     * caller then {@linkplain #end ends} it. Otherwise it starts nothing and answers how many nanoseconds remain
     * until a place is free: a window at most, when every place is held by a call still under way.
     */
    synchronized long tryStart(long now) {
        // Forgotten once more than a window has passed since it ended: any closed window then holds at most the limit.
        while (!ended.isEmpty() && now - ended.peekFirst() > windowNanos) {
            ended.pollFirst();
        }
        if (underWay + ended.size() < limit) {
            underWay++;
            return 0;
        }
        return ended.isEmpty() ? windowNanos + 1 : ended.peekFirst() + windowNanos + 1 - now;
    }

    /** Ends a call that {@link #tryStart} started, at {@code now}. */
    synchronized void end(long now) {
        if (underWay == 0) {
            throw new IllegalStateException("no call is under way");
        }
        underWay--;
        // Kept in order even when two ends race to get here, erring towards holding a place a little longer.
        ended.addLast(ended.isEmpty() ? now : Math.max(now, ended.peekLast()));
    }
}
