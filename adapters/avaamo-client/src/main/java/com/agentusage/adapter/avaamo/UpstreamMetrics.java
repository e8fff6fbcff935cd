package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException.Kind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Calls made to upstreams (every attempt, retries included), their 429 answers, and fetches that failed by kind.
 * SmallRye Fault Tolerance adds its own per account, circuit states among them (ft_circuitbreaker_state_current),
 * tagged with the account's name.
 */
final class UpstreamMetrics {

    private final Counter calls;
    private final Counter throttled;
    private final Map<Kind, Counter> failures = new EnumMap<>(Kind.class);

    UpstreamMetrics(MeterRegistry registry) {
        this.calls = Counter.builder("usage.upstream.calls").description("Calls sent to upstreams").register(registry);
        this.throttled = Counter.builder("usage.upstream.throttled")
                .description("Upstream answers 429: calls to that account pause until its Retry-After").register(registry);
        for (Kind kind : Kind.values()) {
            failures.put(kind, Counter.builder("usage.upstream.failures").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Upstream fetches that failed, each shared by all its callers").register(registry));
        }
    }

    void called() {
        calls.increment();
    }

    void throttled() {
        throttled.increment();
    }

    void failed(Kind kind) {
        failures.get(kind).increment();
    }
}
