package com.agentusage.adapter.avaamo;

/**
 * Monotonic time in nanoseconds for the upstream's call limits, pauses and remembered answers. A bean of its own
 * ({@link SystemUpstreamClock} unless another is provided), so that tests can move it by minutes in an instant.
 */
@FunctionalInterface
interface UpstreamClock {

    long nanoTime();
}
