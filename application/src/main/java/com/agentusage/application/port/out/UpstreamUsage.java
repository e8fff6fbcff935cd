package com.agentusage.application.port.out;

import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;

/** Counts kept by another service for the agents it hosts, fetched instead of counted here. */
public interface UpstreamUsage {

    boolean serves(AgentId agent);

    PeriodCounts countsFor(AgentId agent, ReportingPeriod period);

    /** For a deployment with no upstream: every agent is counted here. */
    static UpstreamUsage none() {
        return NoUpstream.INSTANCE;
    }

    /** The null object behind {@link #none()}. */
    enum NoUpstream implements UpstreamUsage {
        INSTANCE;

        @Override
        public boolean serves(AgentId agent) {
            return false;
        }

        @Override
        public PeriodCounts countsFor(AgentId agent, ReportingPeriod period) {
            throw new IllegalStateException("no upstream serves agent " + agent);
        }
    }
}
