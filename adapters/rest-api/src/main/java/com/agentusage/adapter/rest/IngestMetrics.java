package com.agentusage.adapter.rest;

import com.agentusage.application.port.in.RecordingResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many events senders got stored, and how many they sent again: a rising duplicate rate means retries.
 * Made at start, so both counters are scraped as 0 before the first batch rather than missing.
 */
@Startup
@ApplicationScoped
class IngestMetrics {

    private final Counter accepted;
    private final Counter duplicates;

    IngestMetrics(MeterRegistry registry) {
        this.accepted = Counter.builder("usage.events.accepted").description("Events stored").register(registry);
        this.duplicates = Counter.builder("usage.events.duplicates")
                .description("Events skipped because the agent already had their id").register(registry);
    }

    void record(RecordingResult result) {
        accepted.increment(result.accepted());
        duplicates.increment(result.duplicates());
    }
}
