package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.access.AgentId;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One upstream account: a base URL with one token, and the agents of ours it serves. The platform limits calls per
 * token, so the call limit, the pause an upstream's 429 asks for and the circuit breaker are kept per account.
 * An account is named by its base URL and our agents' ids, never by anything derived from its token: the name
 * appears in health output and, as its guards' description, in SmallRye Fault Tolerance's metrics.
 */
final class UpstreamAccount {

    private final String name;
    private final UpstreamClock clock;
    private final CallLimit limit;
    private final String limitUsedUp;
    private final long circuitDelayNanos;
    private final Guard circuit;
    private volatile CircuitBreakerState circuitState = CircuitBreakerState.CLOSED;
    private volatile long openedAt;
    private long pausedUntil;

    UpstreamAccount(URI baseUrl, Collection<AgentId> agents, AvaamoConfig config, UpstreamClock clock) {
        this.name = baseUrl + " for agents " + agents.stream().map(AgentId::value).sorted().map(String::valueOf)
                .collect(Collectors.joining(", "));
        this.clock = clock;
        this.limit = new CallLimit(config.callsPerMinute(), Duration.ofMinutes(1));
        this.limitUsedUp = "This service's limit of " + config.callsPerMinute() + " upstream calls per minute is used up";
        this.pausedUntil = clock.nanoTime();
        AvaamoConfig.CircuitBreaker breaker = config.circuitBreaker();
        this.circuitDelayNanos = breaker.delay().toNanos();
        this.circuit = Guard.create()
                .withDescription("upstream " + name)
                .withCircuitBreaker()
                    .name("upstream " + name)
                    // 5xx answers, no connection and timeouts; 4xx are configuration problems, 429 a healthy "wait".
                    .when(failure -> failure instanceof TimeoutException || FailedAttempt.isRetryable(failure))
                    .requestVolumeThreshold(breaker.requestVolume())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .onStateChange(this::circuitChanged)
                    .done()
                .withTimeout()
                    .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
    }

    String name() {
        return name;
    }

    CircuitBreakerState circuitState() {
        return circuitState;
    }

    /**
     * Makes one call to the upstream if it may be made now, under the circuit breaker and the timeout. It is
     * refused, without counting as a call or as an outcome for the circuit, while the circuit is open, while the
     * upstream's own 429 asks for a pause, or when the limit of calls per minute is used up.
     */
    <T> T call(Callable<T> upstreamCall, Class<T> type) throws Exception {
        admit();
        try {
            return circuit.call(upstreamCall, type);
        } finally {
            limit.end(clock.nanoTime());
        }
    }

    private void admit() {
        long now = clock.nanoTime();
        if (circuitState == CircuitBreakerState.OPEN && now - openedAt < circuitDelayNanos) {
            throw FailedAttempt.of(circuitOpen(now));
        }
        synchronized (this) {
            if (now - pausedUntil < 0) {
                throw FailedAttempt.of(paused());
            }
        }
        long wait = limit.tryStart(now);
        if (wait > 0) {
            throw FailedAttempt.of(Outcome.Failed.retryingAt(Kind.RATE_LIMITED, limitUsedUp, now + wait));
        }
    }

    /**
     * No calls until {@code wait} has passed, as the upstream asked with its 429 (a longer pause asked before
     * stays), and the answer for callers meanwhile.
     */
    synchronized Outcome.Failed pause(Duration wait) {
        long until = clock.nanoTime() + wait.toNanos();
        if (until - pausedUntil > 0) {
            pausedUntil = until;
        }
        return paused();
    }

    private synchronized Outcome.Failed paused() {
        return Outcome.Failed.retryingAt(Kind.RATE_LIMITED,
                "The upstream answered 429: its own rate limit was exceeded; it is not being called for a while",
                pausedUntil);
    }

    /** The answer while the circuit is open: the time left until it lets a call through again. */
    Outcome.Failed circuitOpen(long now) {
        return Outcome.Failed.retryingAt(Kind.UNAVAILABLE,
                "The upstream failed repeatedly; it is not being called for a while",
                circuitState == CircuitBreakerState.OPEN ? openedAt + circuitDelayNanos : now);
    }

    private void circuitChanged(CircuitBreakerState state) {
        if (state == CircuitBreakerState.OPEN) {
            openedAt = clock.nanoTime();
        }
        circuitState = state;
    }
}
