package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamException.Kind;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Fetches of reports from the upstream. A fetch makes one call, and retries with exponential backoff after a 5xx
 * answer or a failed connection only; each attempt goes through its account ({@link UpstreamAccount}: call limit,
 * 429 pause, circuit breaker, timeout). Retries start only while the timeout has not passed since the fetch began.
 * A fetch never throws: it comes to an {@link Outcome}.
 */
final class UpstreamCalls {

    private static final Logger LOG = Logger.getLogger(UpstreamCalls.class);
    private static final byte[] NO_BODY = new byte[0];

    private final AvaamoConfig config;
    private final int maxBodyBytes;
    private final CurrentTime time;
    private final UpstreamClock clock;
    private final UpstreamMetrics metrics;
    private final Map<AgentId, UpstreamAccount> accounts;
    private final Map<URI, AvaamoUsageApi> clients = new ConcurrentHashMap<>();
    private final Guard retries;

    /** Accounts are made up front, one per base URL and token, so that every circuit exists before its first call. */
    UpstreamCalls(AvaamoConfig config, Collection<UpstreamAgent> agents, CurrentTime time, UpstreamClock clock,
                  UpstreamMetrics metrics) {
        this.config = config;
        if (config.maxBodySize().asLongValue() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("usage.upstream.max-body-size must be less than 2G");
        }
        this.maxBodyBytes = (int) config.maxBodySize().asLongValue();
        this.time = time;
        this.clock = clock;
        this.metrics = metrics;
        this.accounts = agents.stream()
                .collect(Collectors.groupingBy(UpstreamAgent::credentials)).values().stream()
                .flatMap(sharing -> {
                    UpstreamAccount account = new UpstreamAccount(sharing.getFirst().baseUrl(),
                            sharing.stream().map(UpstreamAgent::agent).toList(), config, clock);
                    return sharing.stream().map(agent -> Map.entry(agent.agent(), account));
                })
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.retries = Guard.create()
                .withDescription("upstream fetch")
                .withRetry()
                    .maxRetries(config.retry().maxRetries())
                    .delay(config.retry().delay().toMillis(), ChronoUnit.MILLIS)
                    .maxDuration(config.timeout().toMillis(), ChronoUnit.MILLIS)
                    .whenException(FailedAttempt::isRetryable)
                    // Below the timeout, as SmallRye requires of a backoff's longest delay.
                    .withExponentialBackoff().maxDelay(config.timeout().toMillis() / 2, ChronoUnit.MILLIS).done()
                    .done()
                .build();
    }

    /** Every account, each once. */
    Collection<UpstreamAccount> accounts() {
        return accounts.values().stream().distinct().toList();
    }

    Outcome fetch(UpstreamAgent agent, ReportingPeriod period) {
        UpstreamAccount account = accounts.get(agent.agent());
        try {
            return new Outcome.Counted(retries.call(() -> account.call(() -> callOnce(account, agent, period),
                    PeriodCounts.class), PeriodCounts.class));
        } catch (Exception e) {
            Outcome.Failed failure = failure(e, agent, account);
            metrics.failed(failure.kind());
            return failure;
        }
    }

    /** A fetch that took longer than the timeout, retries included. */
    Outcome.Failed timedOut() {
        return Outcome.Failed.of(Kind.TIMED_OUT, "The upstream did not answer within " + config.timeout().toMillis() + " ms");
    }

    private Outcome.Failed failure(Exception e, UpstreamAgent agent, UpstreamAccount account) {
        return switch (e) {
            case FailedAttempt attempt -> attempt.failure();
            case UpstreamException judged -> Outcome.Failed.of(judged.kind(), judged.getMessage());
            case TimeoutException timeout -> timedOut();
            case CircuitBreakerOpenException open -> account.circuitOpen(clock.nanoTime());
            default -> {
                LOG.warnf(e, "The upstream call for agent %s failed unexpectedly", agent.agent());
                yield Outcome.Failed.of(Kind.FAILED, "The upstream call failed");
            }
        };
    }

    private PeriodCounts callOnce(UpstreamAccount account, UpstreamAgent agent, ReportingPeriod period) {
        metrics.called();
        Response response;
        try {
            response = client(agent.baseUrl()).usage(agent.upstreamId(), period.offset().seconds(),
                    ContractDate.format(period.from()), ContractDate.format(period.to()), agent.token());
        } catch (ProcessingException e) {
            throw FailedAttempt.retryable("The upstream could not be reached");
        }
        try (response) {
            int status = response.getStatus();
            if (status >= 500) {
                throw FailedAttempt.retryable("The upstream answered " + status + ": the upstream failed");
            }
            if (status == Response.Status.TOO_MANY_REQUESTS.getStatusCode()) {
                metrics.throttled();
                throw FailedAttempt.of(account.pause(RetryAfter.of(response.getHeaderString(HttpHeaders.RETRY_AFTER),
                        time.now())));
            }
            return AvaamoUsageReader.read(status, AvaamoUsageReader.needsBody(status) ? body(response) : NO_BODY, period);
        }
    }

    /**
     * The answer's body, read as a stream up to the configured size: beyond it the fetch fails, and the rest is
     * discarded as it arrives rather than buffered.
     */
    private byte[] body(Response response) {
        if (response.getLength() > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = response.readEntity(InputStream.class)) {
            byte[] body = in == null ? NO_BODY : in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException | ProcessingException e) {
            throw FailedAttempt.retryable("The upstream's answer broke off");
        }
    }

    private UpstreamException tooLarge() {
        return UpstreamException.failed("The upstream's usage report is larger than the limit of " + maxBodyBytes + " bytes");
    }

    private AvaamoUsageApi client(URI baseUrl) {
        // The client's own timeouts are a backstop; the account's timeout is the one callers see.
        long backstop = config.timeout().toMillis() + 1_000;
        return clients.computeIfAbsent(baseUrl, url -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(backstop, TimeUnit.MILLISECONDS)
                .readTimeout(backstop, TimeUnit.MILLISECONDS)
                // Error statuses come back as responses, to be judged here rather than thrown by the client.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(AvaamoUsageApi.class));
    }
}
