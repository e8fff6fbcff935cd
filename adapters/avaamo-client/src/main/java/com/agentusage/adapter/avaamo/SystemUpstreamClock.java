package com.agentusage.adapter.avaamo;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;

/** The JVM's monotonic clock: the {@link UpstreamClock} of the running service. */
@Singleton
@DefaultBean
class SystemUpstreamClock implements UpstreamClock {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
