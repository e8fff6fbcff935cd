package com.agentusage.adapter.avaamo;

import com.agentusage.domain.access.AgentId;
import java.net.URI;

/** One of our agents as the upstream knows it. The token is left out of {@link #toString()}: it must never be logged. */
record UpstreamAgent(AgentId agent, URI baseUrl, long upstreamId, String token) {

    static UpstreamAgent from(String agentKey, AvaamoConfig.Agent config) {
        long id;
        try {
            id = Long.parseLong(agentKey);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage.upstream.agents." + agentKey + ": the key must be an agent id");
        }
        return new UpstreamAgent(AgentId.of(id), config.baseUrl(), config.agentId(), config.token());
    }

    /** What makes an upstream account: agents with the same credentials share its limits and its circuit. */
    Credentials credentials() {
        return new Credentials(baseUrl, token);
    }

    record Credentials(URI baseUrl, String token) {

        @Override
        public String toString() {
            return "Credentials[baseUrl=" + baseUrl + ", token=***]";
        }
    }

    @Override
    public String toString() {
        return "UpstreamAgent[agent=" + agent + ", baseUrl=" + baseUrl + ", upstreamId=" + upstreamId + ", token=***]";
    }
}
