package com.agentusage.bootstrap;

import com.agentusage.application.port.in.AuthenticateCaller;
import com.agentusage.application.port.in.GetAgentUsage;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.ListViewableAgents;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.application.port.in.RevokePermission;
import com.agentusage.application.port.out.CurrentTime;
import com.agentusage.application.port.out.UpstreamUsage;
import com.agentusage.application.service.AccessGuard;
import com.agentusage.application.service.AgentListing;
import com.agentusage.application.service.AgentRegistration;
import com.agentusage.application.service.CallerAuthentication;
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
 * Builds the framework-free use cases from the ports the adapters implement. The application module knows no CDI,
 * so each use case is made here, by hand, from the storage adapter chosen by configuration ({@link SelectedStorage}),
 * the upstream adapter and the clock. The adapters' own collaborators are theirs to build; what reads here is how
 * the hexagon is put together.
 */
public class UseCaseWiring {

    @Produces
    @Singleton
    CurrentTime systemTime() {
        return Instant::now;
    }

    @Produces
    @Singleton
    AccessGuard accessGuard(SelectedStorage storage) {
        return new AccessGuard(storage.accounts, storage.agents, storage.permissions);
    }

    @Produces
    @Singleton
    AuthenticateCaller authenticateCaller(AccessGuard guard, SelectedStorage storage) {
        return new CallerAuthentication(guard, storage.transactions);
    }

    @Produces
    @Singleton
    GetAgentUsage getAgentUsage(AccessGuard guard, SelectedStorage storage, UpstreamUsage upstream, CurrentTime time,
                                @ConfigProperty(name = "usage.max-range-days") int maxRangeDays) {
        return new UsageReporting(guard, new PeriodPolicy(maxRangeDays), storage.counts, upstream, time, storage.transactions);
    }

    @Produces
    @Singleton
    ListViewableAgents listViewableAgents(AccessGuard guard, SelectedStorage storage) {
        return new AgentListing(guard, storage.permissions, storage.transactions);
    }

    @Produces
    @Singleton
    RecordEvents recordEvents(AccessGuard guard, SelectedStorage storage, CurrentTime time) {
        return new EventRecording(guard, storage.events, time, storage.transactions);
    }

    @Produces
    @Singleton
    RegisterAgent registerAgent(SelectedStorage storage) {
        return new AgentRegistration(storage.agents, storage.transactions);
    }

    /** Both CreateUser and RotateToken: the bean's types are those of the class it returns. */
    @Produces
    @Singleton
    UserTokens userTokens(SelectedStorage storage) {
        return new UserTokens(storage.accounts, new SecureRandom(), storage.transactions);
    }

    @Produces
    @Singleton
    GrantPermission grantPermission(SelectedStorage storage) {
        return new PermissionGranting(storage.agents, storage.accounts, storage.permissions, storage.transactions);
    }

    @Produces
    @Singleton
    RevokePermission revokePermission(SelectedStorage storage) {
        return new PermissionRevocation(storage.permissions, storage.transactions);
    }
}
