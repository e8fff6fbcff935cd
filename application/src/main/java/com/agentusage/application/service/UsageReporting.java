package com.agentusage.application.service;

import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.period.PeriodPolicy;
import com.agentusage.domain.period.ReportingPeriod;
import com.agentusage.domain.usage.PeriodCounts;
import com.agentusage.domain.usage.UsageReport;
import java.util.Objects;

/** Serves the usage report from this service's own events, or from the upstream that hosts the agent. */
public final class UsageReporting implements GetAgentUsage {

    private final AccessGuard guard;
    private final PeriodPolicy policy;
    private final UsageCounts counts;
    private final UpstreamUsage upstream;
    private final CurrentTime time;
    private final Transactions transactions;

    public UsageReporting(AccessGuard guard, PeriodPolicy policy, UsageCounts counts, UpstreamUsage upstream,
                          CurrentTime time, Transactions transactions) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.time = Objects.requireNonNull(time, "time");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public UsageReport usage(UsageQuery query) {
        ReportingPeriod period = policy.resolve(query.from(), query.to(), query.offset(), time.now());
        PeriodCounts periodCounts;
        if (upstream.serves(query.agent())) {
            // No transaction is held open across the upstream call.
            transactions.inTransaction(() -> guard.requireAccess(query.token(), query.agent(), AccessLevel.TO_READ_USAGE, "read usage"));
            periodCounts = upstream.countsFor(query.agent(), period);
        } else {
            periodCounts = transactions.inTransaction(() -> {
                guard.requireAccess(query.token(), query.agent(), AccessLevel.TO_READ_USAGE, "read usage");
                return counts.countsFor(query.agent(), period);
            });
        }
        return UsageReport.of(period, periodCounts);
    }
}
