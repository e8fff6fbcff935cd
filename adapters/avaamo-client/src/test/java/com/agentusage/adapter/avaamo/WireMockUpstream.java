package com.agentusage.adapter.avaamo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * An Avaamo-compatible upstream on a local WireMock, and the configuration that puts our agents 20002 to 20009
 * behind it: agent 2000N is upstream agent 3000N, called with token "upstream-token-N". Each test uses agents
 * of its own, so limits and circuits of one test never touch another's.
 */
public class WireMockUpstream implements QuarkusTestResourceLifecycleManager {

    public static final int FIRST_AGENT = 20002;
    public static final int LAST_AGENT = 20009;
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    public static long upstreamIdOf(long agent) {
        return agent + 10_000;
    }

    public static String tokenOf(long agent) {
        return "upstream-token-" + (agent - 20_000);
    }

    public static String usagePath(long agent) {
        return "/bots/analytics/" + upstreamIdOf(agent) + "/usage.json";
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
        // Short enough for tests to reach every limit quickly.
        config.put("usage.upstream.timeout", "1s");
        config.put("usage.upstream.calls-per-minute", "30");
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
