package com.agentusage.application.port.in;

import com.agentusage.domain.usage.UsageReport;

/** Use case: the contract's usage report of one agent, for a caller allowed to view it. */
public interface GetAgentUsage {

    UsageReport usage(UsageQuery query);
}
