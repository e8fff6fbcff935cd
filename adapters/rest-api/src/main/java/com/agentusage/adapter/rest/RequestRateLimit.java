package com.agentusage.adapter.rest;

import com.agentusage.domain.access.AccessToken;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits each caller to a number of requests a minute, before anything else is done for the request: 429 with
 * Retry-After beyond it. Callers are told apart by the hash of their Access-Token, or by address when they send
 * none. Each limiter counts in fixed one-minute windows, which takes constant memory: a rolling window keeps one
 * timestamp per permit, and a benchmark with a limit of a billion ran out of heap with it. The limiters of
 * callers gone quiet are forgotten, so made-up tokens cannot fill memory either.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestRateLimit implements ContainerRequestFilter {

    private static final int MAX_CALLERS = 100_000;

    private final int perMinute;
    private final Cache<String, Guard> limits = Caffeine.newBuilder().maximumSize(MAX_CALLERS)
            .expireAfterAccess(Duration.ofMinutes(2)).build();

    @Context
    HttpServerRequest connection;

    RequestRateLimit(@ConfigProperty(name = "usage.rate-limit.per-minute", defaultValue = "6000") int perMinute) {
        this.perMinute = perMinute;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            limits.get(caller(request), key -> limit()).call(() -> null, Object.class);
        } catch (RateLimitException e) {
            long seconds = Math.max(1, (e.getRetryAfterMillis() + 999) / 1000);
            request.abortWith(ErrorResponses.errorRetryingAfter(Response.Status.TOO_MANY_REQUESTS.getStatusCode(),
                    "Too many requests: at most " + perMinute + " a minute; retry in " + seconds + " s", seconds));
        } catch (Exception e) {
            throw new IllegalStateException("the rate limit could not be applied", e);
        }
    }

    private String caller(ContainerRequestContext request) {
        String token = request.getHeaderString(AccessTokenHeader.NAME);
        if (token != null && !token.isBlank() && token.length() <= AccessToken.MAX_LENGTH) {
            return "token " + new AccessToken(token.strip()).hash().hex();
        }
        return "address " + connection.remoteAddress().hostAddress();
    }

    private Guard limit() {
        return Guard.create().withRateLimit().limit(perMinute).window(1, ChronoUnit.MINUTES)
                .type(RateLimitType.FIXED).done().build();
    }
}
