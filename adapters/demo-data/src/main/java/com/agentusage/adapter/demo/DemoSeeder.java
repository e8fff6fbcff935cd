package com.agentusage.adapter.demo;

import com.agentusage.application.port.in.AgentAlreadyExistsException;
import com.agentusage.application.port.in.CreateUser;
import com.agentusage.application.port.in.CreateUserCommand;
import com.agentusage.application.port.in.GrantPermission;
import com.agentusage.application.port.in.GrantPermissionCommand;
import com.agentusage.application.port.in.IssuedCredentials;
import com.agentusage.application.port.in.RecordEvents;
import com.agentusage.application.port.in.RecordEventsCommand;
import com.agentusage.application.port.in.RegisterAgent;
import com.agentusage.application.port.in.RegisterAgentCommand;
import com.agentusage.domain.access.AccessLevel;
import com.agentusage.domain.access.AccessToken;
import com.agentusage.domain.access.AgentId;
import com.agentusage.domain.event.AgentEvent;
import com.agentusage.domain.event.EventBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seeds the demo agent through the same use cases every caller goes through: register the agent, create a
 * feeder (edit) and a viewer (view), and send a month of traffic up to now in full batches. An agent that
 * already exists is left alone, so seeding twice changes nothing.
 */
final class DemoSeeder {

    /** What a seeding produced: the viewer's token, to show whoever started the demo. */
    record Seeded(AgentId agent, AccessToken viewerToken, int events) {
    }

    private final RegisterAgent registerAgent;
    private final CreateUser createUser;
    private final GrantPermission grantPermission;
    private final RecordEvents recordEvents;

    DemoSeeder(RegisterAgent registerAgent, CreateUser createUser, GrantPermission grantPermission,
               RecordEvents recordEvents) {
        this.registerAgent = registerAgent;
        this.createUser = createUser;
        this.grantPermission = grantPermission;
        this.recordEvents = recordEvents;
    }

    Optional<Seeded> seed(AgentId agent, DemoTraffic traffic, int days, Instant now) {
        try {
            registerAgent.register(new RegisterAgentCommand(agent, "Demo agent"));
        } catch (AgentAlreadyExistsException e) {
            return Optional.empty();
        }
        AccessToken feeder = userWith(agent, "Demo feeder", AccessLevel.EDIT);
        AccessToken viewer = userWith(agent, "Demo viewer", AccessLevel.VIEW);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<AgentEvent> pending = new ArrayList<>();
        int sent = 0;
        for (LocalDate day = today.minusDays(days); !day.isAfter(today); day = day.plusDays(1)) {
            pending.addAll(traffic.day(day, now));
            while (pending.size() >= EventBatch.MAX_EVENTS) {
                sent += send(agent, feeder, pending.subList(0, EventBatch.MAX_EVENTS));
            }
        }
        if (!pending.isEmpty()) {
            sent += send(agent, feeder, pending);
        }
        return Optional.of(new Seeded(agent, viewer, sent));
    }

    private AccessToken userWith(AgentId agent, String name, AccessLevel level) {
        IssuedCredentials issued = createUser.create(new CreateUserCommand(name));
        grantPermission.grant(new GrantPermissionCommand(agent, issued.user().id(), level));
        return issued.token();
    }

    /** Sends the events and removes them from the list. */
    private int send(AgentId agent, AccessToken feeder, List<AgentEvent> events) {
        int size = events.size();
        recordEvents.record(new RecordEventsCommand(agent, feeder, EventBatch.of(events)));
        events.clear();
        return size;
    }
}
