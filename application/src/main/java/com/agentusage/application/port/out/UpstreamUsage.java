package com.agentusage.application.port.out;

import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;

/** Counts kept by another service for the agents it hosts, fetched instead of counted here. */
public interface UpstreamUsage {

    boolean serves(AgentId agent);

    /** @throws UpstreamException when the upstream cannot give the counts */
    PeriodCounts countsFor(AgentId agent, ReportingPeriod period);
}
