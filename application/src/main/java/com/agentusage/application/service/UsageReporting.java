package com.agentusage.application.service;

import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.ServiceUnavailableException;
import com.agentusage.application.port.in.UpstreamFailedException;
import com.agentusage.application.port.in.UsageQuery;
import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UpstreamException;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AgentId;
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
    private final UnitOfWork unitOfWork;

    public UsageReporting(AccessGuard guard, PeriodPolicy policy, UsageCounts counts, UpstreamUsage upstream,
                          CurrentTime time, Transactions transactions) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.counts = Objects.requireNonNull(counts, "counts");
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.time = Objects.requireNonNull(time, "time");
        this.unitOfWork = new UnitOfWork(transactions);
    }

    @Override
    public UsageReport usage(UsageQuery query) {
        ReportingPeriod period = policy.resolve(query.from(), query.to(), query.offset(), time.now());
        PeriodCounts periodCounts;
        if (upstream.serves(query.agent())) {
            // No transaction is held open across the upstream call.
            unitOfWork.run(() -> guard.requireAccess(query.token(), query.agent(), AccessLevel.TO_READ_USAGE, "read usage"));
            periodCounts = fromUpstream(query.agent(), period);
        } else {
            periodCounts = unitOfWork.call(() -> {
                guard.requireAccess(query.token(), query.agent(), AccessLevel.TO_READ_USAGE, "read usage");
                return counts.countsFor(query.agent(), period);
            });
        }
        return UsageReport.of(period, periodCounts);
    }

    /** The upstream's counts; its failure as this use case's callers are told it (port.in, not port.out). */
    private PeriodCounts fromUpstream(AgentId agent, ReportingPeriod period) {
        try {
            return upstream.countsFor(agent, period);
        } catch (UpstreamException e) {
            UpstreamFailedException.Kind failure = switch (e.kind()) {
                case FAILED -> UpstreamFailedException.Kind.FAILED;
                case TIMED_OUT -> UpstreamFailedException.Kind.TIMED_OUT;
                case RATE_LIMITED -> UpstreamFailedException.Kind.RATE_LIMITED;
                case UNAVAILABLE -> throw new ServiceUnavailableException(e.getMessage(), e.retryAfterSeconds(), e);
            };
            throw new UpstreamFailedException(failure, e.getMessage(), e.retryAfterSeconds(), e);
        }
    }
}
