package com.agentusage.bootstrap;

import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.application.port.in.RevokePermission;
import com.agentusage.application.port.out.Agents;
import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.EventStore;
import com.agentusage.application.port.out.Permissions;
import com.agentusage.application.port.out.Transactions;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.application.port.out.UsageCounts;
import com.agentusage.application.port.out.UserAccounts;
import com.agentusage.application.service.AccessGuard;
import com.agentusage.application.service.AgentListing;
import com.agentusage.application.service.AgentRegistration;
import com.agentusage.application.service.EventRecording;
import com.agentusage.application.service.PermissionGranting;
import com.agentusage.application.service.PermissionRevocation;
import com.agentusage.application.service.UsageReporting;
import com.agentusage.application.service.UserTokens;
import com.agentusage.domain.period.PeriodPolicy;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the framework-free use cases from the adapters' ports. The application module knows no CDI,
 * so it is wired here, once, by hand: the whole object graph of the service reads in this one class.
 */
public class UseCaseWiring {

    @Produces
    @Singleton
    CurrentTime systemTime() {
        return Instant::now;
    }

    @Produces
    @Singleton
    AccessGuard accessGuard(UserAccounts accounts, Agents agents, Permissions permissions) {
        return new AccessGuard(accounts, agents, permissions);
    }

    @Produces
    @Singleton
    GetAgentUsage getAgentUsage(AccessGuard guard, UsageCounts counts, UpstreamUsage upstream, CurrentTime time,
                                Transactions transactions,
                                @ConfigProperty(name = "usage.max-range-days") int maxRangeDays) {
        return new UsageReporting(guard, new PeriodPolicy(maxRangeDays), counts, upstream, time, transactions);
    }

    @Produces
    @Singleton
    ListViewableAgents listViewableAgents(AccessGuard guard, Permissions permissions, Transactions transactions) {
        return new AgentListing(guard, permissions, transactions);
    }

    @Produces
    @Singleton
    RecordEvents recordEvents(AccessGuard guard, EventStore store, CurrentTime time, Transactions transactions) {
        return new EventRecording(guard, store, time, transactions);
    }

    @Produces
    @Singleton
    RegisterAgent registerAgent(Agents agents, Transactions transactions) {
        return new AgentRegistration(agents, transactions);
    }

    /** Both CreateUser and RotateToken: the bean's types are those of the class it returns. */
    @Produces
    @Singleton
    UserTokens userTokens(UserAccounts accounts, Transactions transactions) {
        return new UserTokens(accounts, new SecureRandom(), transactions);
    }

    @Produces
    @Singleton
    GrantPermission grantPermission(Agents agents, UserAccounts accounts, Permissions permissions,
                                    Transactions transactions) {
        return new PermissionGranting(agents, accounts, permissions, transactions);
    }

    @Produces
    @Singleton
    RevokePermission revokePermission(Permissions permissions, Transactions transactions) {
        return new PermissionRevocation(permissions, transactions);
    }
}
