package com.agentusage.adapter.avaamo;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Which agents live on an Avaamo-compatible upstream, and how to call it. Keys of {@code agents} are this
 * service's agent ids, for example {@code usage.upstream.agents.20002.base-url}.
 */
@ConfigMapping(prefix = "usage.upstream")
public interface AvaamoConfig {

    Map<String, Agent> agents();

    /**
     * How long a fetch may take, retries included: the platform itself allows a report 30 s. Concurrent callers
     * of one report share its fetch, so a slow upstream holds each of them this long at most, not in turn.
     */
    @WithDefault("30s")
    Duration timeout();

    /**
     * Reports that may wait for an upstream at once, over every account: each holds one of the service's worker
     * threads while it waits, so a slow upstream can take only these few from everything else. A report whose
     * outcome is already known waits for nothing and is not counted.
     */
    @WithDefault("4")
    int maxWaiting();

    /** The largest answer read from the upstream; the contract's report takes a few kilobytes. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Calls per upstream account (base URL and token) within any rolling minute; the platform allows 50. */
    @WithDefault("50")
    int callsPerMinute();

    Retry retry();

    CircuitBreaker circuitBreaker();

    Cache cache();

    interface Agent {

        /** Where the upstream serves /bots/analytics/{agent_id}/usage.json, e.g. https://cx.avaamo.com */
        URI baseUrl();

        /** The agent's id on the upstream. */
        long agentId();

        /** The upstream user's access token: give it from the environment or a secret, never in a file. */
        String token();
    }

    interface Retry {

        /** Retries after a server error or a failed connection; other failures are not retried. */
        @WithDefault("2")
        int maxRetries();

        /** The first retry's delay; each further one doubles it. */
        @WithDefault("200ms")
        Duration delay();
    }

    interface CircuitBreaker {

        /** Calls looked at before the circuit may open. */
        @WithDefault("10")
        int requestVolume();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open circuit refuses calls before it tries one again. */
        @WithDefault("30s")
        Duration delay();
    }

    interface Cache {

        /** How long a report of a period that ended before today is reused. */
        @WithDefault("6h")
        Duration pastPeriods();

        /** How long a report of a period that includes today is reused. */
        @WithDefault("60s")
        Duration currentPeriods();

        /** How long a failed fetch is remembered, so that a burst of callers against a failing upstream costs one call. */
        @WithDefault("5s")
        Duration failures();

        /** Reports (and remembered failures) kept. */
        @WithDefault("10000")
        long maximumSize();
    }
}
