package com.agentusage.adapter.avaamo;

import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Usage of the agents configured as hosted upstream, fetched through {@link UpstreamCalls} and cached: a
 * period that ended before today (at the caller's offset) cannot change any more and is kept long; one that
 * includes today is kept briefly. Concurrent requests for the same report share one upstream call.
 */
@ApplicationScoped
public class AvaamoUsageSource implements UpstreamUsage {

    private record Key(AgentId agent, ReportingPeriod period) {
    }

    private final Map<AgentId, UpstreamAgent> agents;
    private final UpstreamCalls calls;
    private final Cache<Key, PeriodCounts> pastPeriods;
    private final Cache<Key, PeriodCounts> currentPeriods;
    private final CurrentTime time;

    AvaamoUsageSource(AvaamoConfig config, CurrentTime time, MeterRegistry registry) {
        this.time = time;
        this.agents = config.agents().entrySet().stream()
                .map(entry -> UpstreamAgent.from(entry.getKey(), entry.getValue()))
                .collect(Collectors.toUnmodifiableMap(UpstreamAgent::agent, Function.identity()));
        this.calls = new UpstreamCalls(config, agents.values(), new UpstreamMetrics(registry));
        this.pastPeriods = Caffeine.newBuilder().expireAfterWrite(config.cache().pastPeriods())
                .maximumSize(config.cache().maximumSize()).build();
        this.currentPeriods = Caffeine.newBuilder().expireAfterWrite(config.cache().currentPeriods())
                .maximumSize(config.cache().maximumSize()).build();
    }

    /** The circuit breaker of every upstream account, by name. */
    Set<String> circuitNames() {
        return agents.values().stream().map(UpstreamAgent::account).map(UpstreamCalls::circuitName)
                .collect(Collectors.toCollection(TreeSet::new));
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
        LocalDate today = LocalDate.ofInstant(time.now(), period.offset().zoneOffset());
        Cache<Key, PeriodCounts> cache = period.to().isBefore(today) ? pastPeriods : currentPeriods;
        return cache.get(new Key(agent, period), key -> calls.fetch(upstream, period));
    }
}
