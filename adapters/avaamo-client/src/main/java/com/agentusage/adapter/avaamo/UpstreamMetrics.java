package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException.Kind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Calls made to upstreams (every attempt, retries included) and failures callers saw, by kind. */
final class UpstreamMetrics {

    private final Counter calls;
    private final Map<Kind, Counter> failures = new EnumMap<>(Kind.class);

    UpstreamMetrics(MeterRegistry registry) {
        this.calls = Counter.builder("usage.upstream.calls").description("Calls sent to upstreams").register(registry);
        for (Kind kind : Kind.values()) {
            failures.put(kind, Counter.builder("usage.upstream.failures").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Upstream requests that failed, as callers saw them").register(registry));
        }
    }

    void called() {
        calls.increment();
    }

    void failed(Kind kind) {
        failures.get(kind).increment();
    }
}
