package com.agentusage.adapter.avaamo;

import com.agentusage.domain.access.AccessToken;
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

    /**
     * Calls are guarded and limited per upstream account: one base URL with one token. The token is named by a
     * short prefix of its hash, enough to tell accounts apart in health output, useless to anyone reading it.
     */
    String account() {
        return baseUrl + "#" + new AccessToken(token).hash().hex().substring(0, 12);
    }

    @Override
    public String toString() {
        return "UpstreamAgent[agent=" + agent + ", baseUrl=" + baseUrl + ", upstreamId=" + upstreamId + ", token=***]";
    }
}
