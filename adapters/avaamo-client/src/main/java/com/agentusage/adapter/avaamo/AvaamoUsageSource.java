package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Usage of the agents configured as hosted upstream, fetched through {@link UpstreamCalls}, one fetch per report
 * at a time: concurrent callers of the same agent and period share one fetch and its outcome, no caller waits
 * longer than the timeout, and no more than {@code usage.upstream.max-waiting} callers wait at once. Outcomes are
 * kept in an asynchronous cache, so that the fetch runs on a (virtual) thread of its own rather than inside a lock
 * that would queue the callers. A report of a period that ended before today (at the caller's offset) cannot change
 * any more and is kept long; one that includes today is kept briefly; a failure for a few seconds.
 */
@ApplicationScoped
public class AvaamoUsageSource implements UpstreamUsage {

    private record Key(AgentId agent, ReportingPeriod period) {
    }

    private final Map<AgentId, UpstreamAgent> agents;
    private final UpstreamCalls calls;
    private final AsyncCache<Key, Outcome> outcomes;
    private final UpstreamClock clock;
    private final long timeoutMillis;
    private final int maxWaiting;
    private final Semaphore waiting;
    private final Counter refused;
    private final ExecutorService fetches = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("upstream-fetch-", 0).factory());

    AvaamoUsageSource(AvaamoConfig config, CurrentTime time, UpstreamClock clock, MeterRegistry registry) {
        this.clock = clock;
        this.agents = config.agents().entrySet().stream()
                .map(entry -> UpstreamAgent.from(entry.getKey(), entry.getValue()))
                .collect(Collectors.toUnmodifiableMap(UpstreamAgent::agent, Function.identity()));
        this.calls = new UpstreamCalls(config, agents.values(), time, clock, new UpstreamMetrics(registry));
        this.timeoutMillis = config.timeout().toMillis();
        if (config.maxWaiting() < 1) {
            throw new IllegalArgumentException("usage.upstream.max-waiting must be at least 1, was " + config.maxWaiting());
        }
        this.waiting = new Semaphore(config.maxWaiting());
        this.maxWaiting = config.maxWaiting();
        Gauge.builder("usage.upstream.waiting", this, AvaamoUsageSource::waitingCallers)
                .description("Reports waiting for an upstream platform now").register(registry);
        this.refused = Counter.builder("usage.upstream.refused")
                .description("Reports told to come back because too many were waiting for upstream platforms")
                .register(registry);
        this.outcomes = Caffeine.newBuilder()
                .ticker(clock::nanoTime)
                .expireAfter(new Lifetimes(config.cache(), time))
                .maximumSize(config.cache().maximumSize())
                .buildAsync();
    }

    /** Callers waiting for a fetch now. */
    int waitingCallers() {
        return maxWaiting - waiting.availablePermits();
    }

    /** Every upstream account, by name. */
    Collection<UpstreamAccount> accounts() {
        return calls.accounts().stream().sorted(Comparator.comparing(UpstreamAccount::name)).toList();
    }

    @Override
    public boolean serves(AgentId agent) {
        return agents.containsKey(agent);
    }

    @Override
    public PeriodCounts countsFor(AgentId agent, ReportingPeriod period) {
        UpstreamAgent upstream = agents.get(agent);
        if (upstream == null) {
            throw new IllegalArgumentException("agent " + agent + " is not configured as an upstream agent");
        }
        Outcome outcome = awaited(outcomes.get(new Key(agent, period), (key, executor) -> fetch(upstream, period)));
        return switch (outcome) {
            case Outcome.Counted counted -> counted.counts();
            case Outcome.Failed failed -> throw failed.toException(clock.nanoTime());
        };
    }

    /**
     * The outcome, once known; a caller that would have to wait for it while as many as allowed already wait is
     * told at once to come back shortly. The fetch goes on meanwhile, so that caller then finds the outcome known.
     */
    private Outcome awaited(CompletableFuture<Outcome> outcome) {
        if (outcome.isDone()) {
            return outcome.join();
        }
        if (!waiting.tryAcquire()) {
            if (outcome.isDone()) {
                return outcome.join(); // it ended meanwhile
            }
            refused.increment();
            throw new UpstreamException(UpstreamException.Kind.UNAVAILABLE,
                    "Too many reports are waiting for upstream platforms; try again shortly", 1, null);
        }
        try {
            return outcome.join();
        } finally {
            waiting.release();
        }
    }

    private CompletableFuture<Outcome> fetch(UpstreamAgent upstream, ReportingPeriod period) {
        return CompletableFuture.supplyAsync(() -> calls.fetch(upstream, period), fetches)
                // Retries included: whatever the upstream does, every caller has an answer when the timeout is over.
                .completeOnTimeout(calls.timedOut(), timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        fetches.shutdownNow();
    }

    /** How long an outcome is kept, from when its fetch completed. */
    private record Lifetimes(AvaamoConfig.Cache cache, CurrentTime time) implements Expiry<Key, Outcome> {

        @Override
        public long expireAfterCreate(Key key, Outcome outcome, long now) {
            return switch (outcome) {
                case Outcome.Counted counted -> endedBeforeToday(key.period())
                        ? cache.pastPeriods().toNanos() : cache.currentPeriods().toNanos();
                // Not past the time it names: a caller then would be told to retry and be refused again.
                case Outcome.Failed failed -> failed.retryAt().isEmpty() ? cache.failures().toNanos()
                        : Math.clamp(failed.retryAt().getAsLong() - now, 0, cache.failures().toNanos());
            };
        }

        @Override
        public long expireAfterUpdate(Key key, Outcome outcome, long now, long currentDuration) {
            return expireAfterCreate(key, outcome, now);
        }

        @Override
        public long expireAfterRead(Key key, Outcome outcome, long now, long currentDuration) {
            return currentDuration;
        }

        private boolean endedBeforeToday(ReportingPeriod period) {
            return period.to().isBefore(LocalDate.ofInstant(time.now(), period.offset().zoneOffset()));
        }
    }
}
