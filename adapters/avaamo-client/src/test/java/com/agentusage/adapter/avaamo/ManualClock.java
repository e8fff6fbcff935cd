package com.agentusage.adapter.avaamo;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The upstream clock of this adapter's tests, in place of the system's: it stands still until a test moves it, so
 * that a minute of call limits, a pause or a cache's lifetime passes in an instant and exactly.
 */
@Singleton
public class ManualClock implements UpstreamClock {

    private final AtomicLong now = new AtomicLong(System.nanoTime());

    @Override
    public long nanoTime() {
        return now.get();
    }

    public void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
