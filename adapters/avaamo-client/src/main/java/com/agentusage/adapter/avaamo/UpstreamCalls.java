package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls to the upstream, each under the guard of its account (base URL and token): a rate limit of calls per
 * minute, a timeout, a circuit breaker, and retries with exponential backoff for server errors and failed
 * connections only. Built with SmallRye Fault Tolerance's programmatic API, since limits are per account and
 * accounts come from configuration.
 */
final class UpstreamCalls {

    /** A failure worth trying again: the upstream failed or could not be reached. */
    static final class Retryable extends RuntimeException {
        Retryable(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }

    private final AvaamoConfig config;
    private final UpstreamMetrics metrics;
    private final Map<URI, AvaamoUsageApi> clients = new ConcurrentHashMap<>();
    private final Map<String, Guard> guards;

    /** Guards are made up front, one per account, so that every circuit exists before its first call. */
    UpstreamCalls(AvaamoConfig config, Collection<UpstreamAgent> agents, UpstreamMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.guards = agents.stream().map(UpstreamAgent::account).distinct()
                .collect(Collectors.toUnmodifiableMap(account -> account, this::guard));
    }

    /** The circuit breaker's name for each account, for health checks. */
    static String circuitName(String account) {
        return "avaamo-upstream " + account;
    }

    PeriodCounts fetch(UpstreamAgent agent, ReportingPeriod period) {
        try {
            return guards.get(agent.account()).call(() -> callOnce(agent, period), PeriodCounts.class);
        } catch (Exception e) {
            UpstreamException failure = failure(e);
            metrics.failed(failure.kind());
            throw failure;
        }
    }

    private UpstreamException failure(Exception e) {
        return switch (e) {
            case UpstreamException known -> known;
            case Retryable retryable -> new UpstreamException(Kind.FAILED, retryable.getMessage(), 0, null);
            case TimeoutException timeout -> new UpstreamException(Kind.TIMED_OUT,
                    "The upstream did not answer within " + config.timeout().toMillis() + " ms", 0, null);
            case CircuitBreakerOpenException open -> new UpstreamException(Kind.UNAVAILABLE,
                    "The upstream failed repeatedly; it is not being called for a while",
                    config.circuitBreaker().delay().toSeconds(), null);
            case RateLimitException limited -> new UpstreamException(Kind.RATE_LIMITED, "This service's limit of "
                    + config.callsPerMinute() + " upstream calls per minute is used up",
                    Math.max(1, ceilSeconds(limited.getRetryAfterMillis())), null);
            default -> new UpstreamException(Kind.FAILED, "The upstream call failed", 0, e);
        };
    }

    private PeriodCounts callOnce(UpstreamAgent agent, ReportingPeriod period) {
        metrics.called();
        Response response;
        try {
            response = client(agent.baseUrl()).usage(agent.upstreamId(), period.offset().seconds(),
                    ContractDate.format(period.from()), ContractDate.format(period.to()), agent.token());
        } catch (ProcessingException e) {
            throw new Retryable("The upstream could not be reached", e);
        }
        try (response) {
            int status = response.getStatus();
            if (status >= 500) {
                throw new Retryable("The upstream answered " + status + ": the upstream failed", null);
            }
            return AvaamoUsageReader.read(status, response.readEntity(String.class), period);
        }
    }

    private AvaamoUsageApi client(URI baseUrl) {
        // The client's own timeouts are a backstop; the guard's timeout is the one callers see.
        long backstop = config.timeout().toMillis() + 1_000;
        return clients.computeIfAbsent(baseUrl, url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(backstop, TimeUnit.MILLISECONDS)
                .readTimeout(backstop, TimeUnit.MILLISECONDS)
                // Error statuses come back as responses, to be judged here rather than thrown by the client.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(AvaamoUsageApi.class));
    }

    private Guard guard(String account) {
        AvaamoConfig.CircuitBreaker breaker = config.circuitBreaker();
        return Guard.create()
                .withDescription("upstream " + account)
                .withRetry()
                    .maxRetries(config.retry().maxRetries())
                    .delay(config.retry().delay().toMillis(), ChronoUnit.MILLIS)
                    .retryOn(Retryable.class)
                    .withExponentialBackoff().done()
                    .done()
                .withCircuitBreaker()
                    .name(circuitName(account))
                    .failOn(List.of(Retryable.class, TimeoutException.class))
                    .requestVolumeThreshold(breaker.requestVolume())
                    .failureRatio(breaker.failureRatio())
                    .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .withRateLimit()
                    .limit(config.callsPerMinute())
                    .window(1, ChronoUnit.MINUTES)
                    .done()
                .withTimeout()
                    .duration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                    .done()
                .build();
    }

    private static long ceilSeconds(long millis) {
        return (millis + 999) / 1000;
    }
}
