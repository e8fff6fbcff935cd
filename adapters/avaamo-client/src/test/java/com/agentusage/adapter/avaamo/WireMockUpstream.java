package com.agentusage.adapter.avaamo;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.agentusage.domain.period.ContractDate;
import com.agentusage.domain.period.ReportingPeriod;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Avaamo-compatible upstream on a local WireMock, and the configuration that puts our agents 20002 to 20031
 * behind it: agent 200NN is upstream agent 300NN, called with token "upstream-token-NN", except that agents
 * {@link #SHARING} share one token, and so one account. Each test uses agents of its own, so limits and circuits
 * of one test never touch another's.
 */
public class WireMockUpstream implements QuarkusTestResourceLifecycleManager {

    public static final int FIRST_AGENT = 20002;
    public static final int LAST_AGENT = 20031;
    public static final List<Long> SHARING = List.of(20030L, 20031L);
    /** Small enough for a test to send a larger answer cheaply. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** Long enough for the first call of a cold client on a busy machine (2 s were seen), short enough to wait for. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    public static long upstreamIdOf(long agent) {
        return agent + 10_000;
    }

    public static String tokenOf(long agent) {
        return SHARING.contains(agent) ? "upstream-token-shared" : "upstream-token-" + (agent - 20_000);
    }

    public static String usagePath(long agent) {
        return "/bots/analytics/" + upstreamIdOf(agent) + "/usage.json";
    }

    /** Every request for the agent's usage is answered so. */
    public static void stub(long agent, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(usagePath(agent))).willReturn(response));
    }

    /** Requests for the agent's usage this period are answered with an empty report of the period. */
    public static void stubEmptyReport(long agent, ReportingPeriod period) {
        server.stubFor(get(urlPathEqualTo(usagePath(agent)))
                .withQueryParam("from_date", equalTo(ContractDate.format(period.from())))
                .withQueryParam("to_date", equalTo(ContractDate.format(period.to())))
                .willReturn(okJson(UpstreamPayloads.emptyFor(period))));
    }

    /** Requests the upstream has received for the agent's usage. */
    public static int requestsFor(long agent) {
        return server.countRequestsMatching(getRequestedFor(urlPathEqualTo(usagePath(agent))).build()).getCount();
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Map<String, String> config = new HashMap<>();
        for (long agent = FIRST_AGENT; agent <= LAST_AGENT; agent++) {
            String prefix = "usage.upstream.agents." + agent + ".";
            config.put(prefix + "base-url", server.baseUrl());
            config.put(prefix + "agent-id", Long.toString(upstreamIdOf(agent)));
            config.put(prefix + "token", tokenOf(agent));
        }
        // Short enough for tests to reach every limit quickly; the call limit is the platform's.
        config.put("usage.upstream.timeout", TIMEOUT.toMillis() + "ms");
        config.put("usage.upstream.calls-per-minute", "50");
        config.put("usage.upstream.max-body-size", Integer.toString(MAX_BODY_BYTES));
        config.put("usage.upstream.retry.delay", "10ms");
        config.put("usage.upstream.circuit-breaker.request-volume", "4");
        config.put("usage.upstream.circuit-breaker.delay", "60s");
        config.put("usage.upstream.cache.current-periods", "1s");
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
