package com.agentusage.adapter.rest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Sheds load: a request that waited longer than {@code usage.overload.max-wait} between arriving and being taken
 * up by a worker thread is answered 503 with Retry-After at once, before its token is looked up or its body read.
 * Under a burst larger than the machine can serve, the requests at the back of the queue are then told to come
 * back shortly instead of being served many seconds late, and the queue drains in moments (ADR 0025).
 */
public class LoadShedding {

    private static final String BUSY = "The service is busy; try again shortly";
    private static final long RETRY_AFTER_SECONDS = 1;
    private static final String ARRIVED = LoadShedding.class.getName() + ".arrived";

    private final WaitingLimit limit;
    private final Counter shed;

    LoadShedding(@ConfigProperty(name = "usage.overload.max-wait", defaultValue = "500ms") Duration maxWait,
                 MeterRegistry registry) {
        this.limit = new WaitingLimit(maxWait);
        this.shed = Counter.builder("usage.requests.shed")
                .description("Requests answered 503 because they waited too long for a worker thread").register(registry);
    }

    /** On the event loop, as the request is routed: when it arrived. */
    @ServerRequestFilter(nonBlocking = true, priority = Priorities.AUTHENTICATION - 200)
    public void arrived(ContainerRequestContext request) {
        request.setProperty(ARRIVED, System.nanoTime());
    }

    /** On the thread that serves the request, before anything else: whether it is still worth serving. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> started(ContainerRequestContext request) {
        if (request.getProperty(ARRIVED) instanceof Long arrived && limit.exceededBy(arrived, System.nanoTime())) {
            shed.increment();
            return Optional.of(ErrorResponses.errorRetryingAfter(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(),
                    BUSY, RETRY_AFTER_SECONDS));
        }
        return Optional.empty();
    }

    /** How long a request may wait for a thread, on the monotonic clock of {@link System#nanoTime()}. */
    record WaitingLimit(Duration maxWait) {

        WaitingLimit {
            if (maxWait.isNegative() || maxWait.isZero()) {
                throw new IllegalArgumentException("usage.overload.max-wait must be positive, was " + maxWait);
            }
        }

        boolean exceededBy(long arrivedNanos, long nowNanos) {
            return nowNanos - arrivedNanos > maxWait.toNanos();
        }
    }
}
