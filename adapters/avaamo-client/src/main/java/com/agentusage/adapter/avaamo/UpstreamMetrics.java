package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException.Kind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Calls made to upstreams (every attempt, retries included), their 429 answers, fetches that failed by kind, and
 * whether each account's circuit is open. Accounts are tagged by name: base URL and agent ids, nothing secret.
 */
final class UpstreamMetrics {

    private final MeterRegistry registry;
    private final Counter calls;
    private final Counter throttled;
    private final Map<Kind, Counter> failures = new EnumMap<>(Kind.class);

    UpstreamMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.calls = Counter.builder("usage.upstream.calls").description("Calls sent to upstreams").register(registry);
        this.throttled = Counter.builder("usage.upstream.throttled")
                .description("Upstream answers 429: calls to that account pause until its Retry-After").register(registry);
        for (Kind kind : Kind.values()) {
            failures.put(kind, Counter.builder("usage.upstream.failures").tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .description("Upstream fetches that failed, each shared by all its callers").register(registry));
        }
    }

    void watch(UpstreamAccount account) {
        Gauge.builder("usage.upstream.circuit.open", account, watched -> watched.circuitState() == CircuitBreakerState.OPEN ? 1 : 0)
                .tag("account", account.name())
                .description("1 while the account's circuit is open and its upstream is not called").register(registry);
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
