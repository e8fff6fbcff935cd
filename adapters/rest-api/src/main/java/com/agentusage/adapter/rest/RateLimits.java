package com.agentusage.adapter.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.faulttolerance.api.RateLimitException;
import io.smallrye.faulttolerance.api.RateLimitType;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request budgets of this instance, in fixed one-minute windows (constant memory per caller; a rolling window
 * keeps a timestamp per permit, and a benchmark with a limit of a billion ran out of heap with it):
 * <ul>
 * <li>every caller: a user by its id, the admin, or an address that sends no token, at most
 * {@code usage.rate-limit.per-minute} requests;</li>
 * <li>every address: at most {@code usage.rate-limit.failed-authentications-per-minute} failed authentications
 * (a missing, unknown or wrong token). Once they are used up, the address is locked out until its window ends.</li>
 * </ul>
 * The budgets of callers gone quiet are forgotten, so made-up callers cannot fill memory either.
 */
@Singleton
class RateLimits {

    private static final int MAX_CALLERS = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofMinutes(2);

    private final int perMinute;
    private final int failuresPerMinute;
    private final Cache<String, Guard> requests = callers();
    private final Cache<String, Guard> failures = callers();
    private final Cache<String, Long> lockedOutUntil = callers();

    RateLimits(@ConfigProperty(name = "usage.rate-limit.per-minute", defaultValue = "6000") int perMinute,
               @ConfigProperty(name = "usage.rate-limit.failed-authentications-per-minute", defaultValue = "30")
               int failuresPerMinute) {
        this.perMinute = perMinute;
        this.failuresPerMinute = failuresPerMinute;
    }

    /** Takes one request from the caller's budget; the 429 to answer instead when it is used up. */
    Optional<Response> charge(String caller) {
        try {
            acquire(requests, caller, perMinute);
            return Optional.empty();
        } catch (RateLimitException e) {
            long seconds = seconds(e.getRetryAfterMillis());
            return Optional.of(tooMany("Too many requests: at most " + perMinute + " a minute; retry in " + seconds + " s",
                    seconds));
        }
    }

    /**
     * Counts a failed authentication against the address: answers the refusal itself while the address has budget
     * left, 429 once it has none.
     */
    Response refuseAuthentication(String address, Response refusal) {
        try {
            acquire(failures, address, failuresPerMinute);
            return refusal;
        } catch (RateLimitException e) {
            lockedOutUntil.put(address, System.currentTimeMillis() + e.getRetryAfterMillis());
            return lockedOut(e.getRetryAfterMillis());
        }
    }

    /** The 429 for an address whose failed authentications are used up, while they are. */
    Optional<Response> whileLockedOut(String address) {
        Long until = lockedOutUntil.getIfPresent(address);
        long left = until == null ? 0 : until - System.currentTimeMillis();
        return left > 0 ? Optional.of(lockedOut(left)) : Optional.empty();
    }

    private Response lockedOut(long millis) {
        long seconds = seconds(millis);
        return tooMany("Too many failed authentications from this address: at most " + failuresPerMinute
                + " a minute; retry in " + seconds + " s", seconds);
    }

    private static void acquire(Cache<String, Guard> budgets, String caller, int limit) {
        try {
            budgets.get(caller, key -> Guard.create().withRateLimit().limit(limit).window(1, ChronoUnit.MINUTES)
                    .type(RateLimitType.FIXED).done().build()).call(() -> null, Object.class);
        } catch (RateLimitException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the rate limit could not be applied", e);
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    private static Response tooMany(String message, long seconds) {
        return ErrorResponses.errorRetryingAfter(Response.Status.TOO_MANY_REQUESTS.getStatusCode(), message, seconds);
    }

    private static <V> Cache<String, V> callers() {
        return Caffeine.newBuilder().maximumSize(MAX_CALLERS).expireAfterAccess(FORGET_AFTER).build();
    }
}
