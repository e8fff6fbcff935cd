package com.agentusage.application.port.out;

import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;

/** Counts an agent's stored events in every window of a period, by the domain's counting rule. */
public interface UsageCounts {

    PeriodCounts countsFor(AgentId agent, ReportingPeriod period);
}
